#!/bin/busybox sh
# /init of rvisor's default Linux guest (installed by scripts/build-guest.sh).
#
# Runs as PID 1 straight from the initramfs: mounts the pseudo filesystems, loads the
# kernel modules named in /etc/rvguest/modules.load, prints the RVGUEST-* markers on
# the console and runs the workloads chosen with rvguest.run= on the kernel command
# line (see /etc/rvguest/workloads.sh), then powers the machine off.
#
# Markers, one per line; <uptime> <idle> are the two fields of /proc/uptime:
#   RVGUEST-INIT <uptime> <idle>                 /dev and /proc are mounted
#   RVGUEST-MODULES <loaded>/<listed> <uptime> <idle>
#   RVGUEST-READY <uptime> <idle>                boot is over
#   RVGUEST-BEGIN <step> uptime=<t>              around each timed workload step
#   RVGUEST-END <step> rc=<rc> elapsed=<s> uptime=<t>
#   RVGUEST-DONE rc=<rc> uptime=<t>              then "poweroff -f"

export PATH=/bin:/sbin:/usr/bin:/usr/sbin HOME=/root TERM="${TERM:-vt100}"

/bin/busybox mount -t devtmpfs -o mode=0755 devtmpfs /dev
# The archive carries /dev/console, so the kernel normally hands us the console as
# stdin/stdout/stderr; if it could not, open it ourselves now that devtmpfs is there.
[ -t 1 ] || exec </dev/console >/dev/console 2>&1
mount -t proc proc /proc
echo "RVGUEST-INIT $(cat /proc/uptime)"

mount -t sysfs sysfs /sys
mkdir -p /dev/pts /dev/shm
mount -t devpts -o gid=5,mode=0620 devpts /dev/pts
mount -t tmpfs -o mode=1777 tmpfs /tmp
mount -t tmpfs -o mode=0755 tmpfs /run
hostname rvguest
ip link set lo up 2>/dev/null

# rvguest.KEY=VALUE -> RVG_KEY (the kernel does not pass dotted parameters to init).
eval "$(awk -f /etc/rvguest/cmdline.awk /proc/cmdline)"
number_or() {   # number_or VALUE DEFAULT: VALUE if it is a plain decimal number
    case "$1" in
        ''|*[!0-9]*) [ -z "$1" ] || echo "rvguest: ignoring non-numeric value '$1'" >&2
                     echo "$2" ;;
        *) echo "$1" ;;
    esac
}
RVG_MB=$(number_or "${RVG_mb-}" 64)
RVG_LOOPS=$(number_or "${RVG_loops-}" 1000000)
RVG_SMP_RUNS=$(number_or "${RVG_smp_runs-}" 100)
RVG_SMP_THREADS=$(number_or "${RVG_smp_threads-}" "")   # empty: smp_stress picks (online harts, >= 2)
export RVG_MB RVG_LOOPS RVG_SMP_RUNS RVG_SMP_THREADS

KVER=$(cat /etc/rvguest/kver)
loaded=0
listed=0
if [ "${RVG_modules-1}" != 0 ]; then
    while read -r mod; do
        [ -n "$mod" ] || continue
        listed=$((listed + 1))
        if insmod "/lib/modules/$KVER/$mod"; then
            loaded=$((loaded + 1))
        else
            echo "rvguest: insmod $mod failed"
        fi
    done < /etc/rvguest/modules.load
fi
echo "RVGUEST-MODULES $loaded/$listed $(cat /proc/uptime)"
echo "RVGUEST-READY $(cat /proc/uptime)"

. /etc/rvguest/workloads.sh

rc=0
spec="${RVG_run-}"
case "$spec" in
    ''|shell)
        echo "rvguest: no rvguest.run= workload: starting a shell (leave it to power off)"
        wl_shell
        rc=$? ;;
    *[!a-z0-9_,]*)
        # Not a list of workload names: a shell command line.
        timed cmd sh -c "$spec"
        rc=$? ;;
    *)
        saved_ifs=$IFS
        IFS=,
        set -- $spec
        IFS=$saved_ifs
        for name; do
            [ -n "$name" ] || continue
            case " $WORKLOADS " in
                *" $name "*) "wl_$name" || rc=$? ;;
                *) echo "rvguest: unknown workload '$name' (known: $WORKLOADS)"; rc=127 ;;
            esac
        done ;;
esac

echo "RVGUEST-DONE rc=$rc uptime=$(now)"
sync
poweroff -f
# Not reached unless poweroff failed: try the magic SysRq path, and never let PID 1 exit.
echo o > /proc/sysrq-trigger 2>/dev/null
while :; do sleep 3600; done
