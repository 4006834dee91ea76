#!/usr/bin/env bash
# compare_qemu.sh RVISOR ELF: both monitors must exit 0 and print the same output.
set -u
rvisor=$1 elf=$2
a=$("$rvisor" test-elf "$elf"); ra=$?
b=$(timeout 100 qemu-system-riscv64 -M spike -bios none -nographic -monitor none -kernel "$elf" </dev/null); rb=$?
b=${b//$'\r'/}
echo "rvisor: status $ra, output '$a'"
echo "qemu:   status $rb, output '$b'"
[ "$ra" = 0 ] && [ "$rb" = 0 ] && [ -n "$a" ] && [ "$a" = "$b" ]
