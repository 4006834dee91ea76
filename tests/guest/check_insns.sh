#!/usr/bin/env bash
# check_insns.sh OBJDUMP ELF FUNC[,FUNC...] 'MNEMONIC [OPERANDS]'...
# Disassembles the named functions of ELF and requires each instruction to appear in at
# least one of them: the mnemonic exactly, and when OPERANDS is given, operands that start
# with it (so 'fence rw,w' is told apart from 'fence w,w'). Prints a count per instruction,
# and exits 1 if any is missing.
set -u
objdump=$1 elf=$2 funcs=$3
shift 3
dis=$("$objdump" -d --no-show-raw-insn "$elf") || { echo "FAIL: $objdump -d $elf"; exit 1; }
body=""
IFS=, read -ra names <<<"$funcs"
for f in "${names[@]}"; do
  # A function runs from its "<name>:" label to the blank line after it.
  part=$(awk -v f="<$f>:" '$2 == f { p = 1; next } p && /^$/ { exit } p' <<<"$dis")
  [ -n "$part" ] || { echo "FAIL: no function $f in $elf"; exit 1; }
  body+=$part$'\n'
done
missing=0
for want in "$@"; do
  # objdump's lines are "   ADDR:<TAB>MNEMONIC<TAB>OPERANDS"
  n=$(awk -F'\t' -v m="${want%% *}" -v ops="$( [[ $want == *" "* ]] && echo "${want#* }")" \
        '$2 == m && index($3, ops) == 1 { c++ } END { print c + 0 }' <<<"$body")
  if [ "$n" = 0 ]; then echo "FAIL: no '$want' in $funcs"; missing=1; else echo "ok: $n x '$want'"; fi
done
exit $missing
