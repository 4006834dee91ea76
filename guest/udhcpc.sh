#!/bin/sh
# udhcpc event hook for the guest's "net" workload: apply the lease to the interface.
case "$1" in
    deconfig)
        ip addr flush dev "$interface"
        ip link set "$interface" up ;;
    bound|renew)
        ip addr flush dev "$interface"
        ip addr add "$ip/${mask:-24}" ${broadcast:+broadcast "$broadcast"} dev "$interface"
        for gw in $router; do ip route add default via "$gw" dev "$interface"; break; done
        : > /etc/resolv.conf
        for ns in $dns; do echo "nameserver $ns" >> /etc/resolv.conf; done ;;
esac
exit 0
