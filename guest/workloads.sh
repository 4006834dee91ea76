# Built-in workloads of rvisor's default guest; /init sources this file.
# rvguest.run=NAME[,NAME...] runs wl_NAME for each NAME, in order. Timed steps print
# RVGUEST-BEGIN/END markers; the guest clock is /proc/uptime (10 ms resolution).
# Settings: RVG_MB (rvguest.mb=, default 64), RVG_LOOPS (rvguest.loops=, default 1000000),
# RVG_SMP_RUNS (rvguest.smp_runs=, default 100), RVG_SMP_THREADS (rvguest.smp_threads=);
# rvguest.tag= and rvguest.smp_break= are read as RVG_tag and RVG_smp_break.

WORKLOADS="poweroff none sha256 loop bench disk net share smp info devices modtimes shell"

now() {                 # the guest's uptime in seconds, e.g. 2.51
    read -r _up _idle < /proc/uptime
    echo "$_up"
}
centis() {              # 12.34 -> 1234 (the "1" keeps a fraction such as 08 decimal)
    echo $(( ${1%.*} * 100 + 1${1#*.} - 100 ))
}
seconds() {             # 1234 -> 12.34
    printf '%d.%02d' $(($1 / 100)) $(($1 % 100))
}

timed() {               # timed STEP COMMAND...: run COMMAND between BEGIN/END markers
    _step=$1
    shift
    _t0=$(now)
    echo "RVGUEST-BEGIN $_step uptime=$_t0"
    "$@"
    _rc=$?
    _t1=$(now)
    echo "RVGUEST-END $_step rc=$_rc elapsed=$(seconds $(( $(centis "$_t1") - $(centis "$_t0") ))) uptime=$_t1"
    return $_rc
}

wait_for() {            # wait_for PATH: give a device up to 5 s to appear
    _tries=0
    while [ ! -e "$1" ]; do
        [ "$_tries" -lt 50 ] || return 1
        sleep 0.1
        _tries=$((_tries + 1))
    done
}

# --- the steps that are timed
sha256_step() {
    dd if=/dev/zero bs=1048576 count="$RVG_MB" 2>/dev/null | busybox sha256sum
}
loop_step() {
    i=0
    n=$RVG_LOOPS
    while [ "$i" -lt "$n" ]; do i=$((i + 1)); done
    echo "loop: $i iterations"
}
disk_step() {
    wait_for /dev/vda || { echo "rvguest: no /dev/vda (attach disk.ext4 as a virtio-blk disk)"; return 1; }
    mount -t ext4 -o ro /dev/vda /mnt || return 1
    (cd /mnt && sha256sum -c SHA256SUMS)
    _disk_rc=$?
    cat /mnt/hello.txt
    df -k /mnt | tail -n 1
    umount /mnt || _disk_rc=1
    return $_disk_rc
}

# --- the workloads
wl_poweroff() { :; }
wl_none() { :; }
wl_sha256() { timed "sha256-${RVG_MB}MiB" sha256_step; }
wl_loop() { timed "loop-${RVG_LOOPS}" loop_step; }
wl_bench() {
    _bench_rc=0
    wl_sha256 || _bench_rc=$?
    wl_loop || _bench_rc=$?
    return $_bench_rc
}
wl_disk() { timed disk disk_step; }

wl_net() {
    wait_for /sys/class/net/eth0 || { echo "rvguest: no eth0"; return 1; }
    ip link set eth0 up || return 1
    udhcpc -i eth0 -n -q -t 5 -s /etc/rvguest/udhcpc.sh || return 1
    ip addr show eth0
    ip route
}

# The modules in /etc/rvguest/modules-extra.load (9p and its dependencies), once.
load_extra_modules() {
    _dir=/lib/modules/$(cat /etc/rvguest/kver)
    while read -r _m; do
        [ -n "$_m" ] || continue
        _name=$(basename "$_m" .ko)
        grep -q "^$(echo "$_name" | tr - _) " /proc/modules && continue
        insmod "$_dir/$_m" || { echo "rvguest: insmod $_m failed"; return 1; }
    done < /etc/rvguest/modules-extra.load
}
mount_share() {         # mount_share TAG DIR [OPTIONS]: mount the virtio-9p share TAG on DIR
    load_extra_modules || return 1
    mkdir -p "$2"
    mount -t 9p -o "trans=virtio,version=9p2000.L${3:+,$3}" "$1" "$2"
}
wl_share() {            # rvguest.tag=TAG (default host) on /mnt/host, listed
    mount_share "${RVG_tag:-host}" /mnt/host || return 1
    ls -la /mnt/host
}

# smp: the in-guest SMP test. The share rvguest.tag=TAG (default host) holds smp_stress
# (tests/guest/smp_stress.c, built by CMake), a static program whose threads hammer shared
# data with AMOs, LR/SC, spinlocks and message passing and then check every total. It runs
# RVG_SMP_RUNS times in a row, because a race shows up only now and then; the first failing
# run ends the loop, so its output is the last thing on the console.
smp_step() {
    _smp_args=""
    [ -z "$RVG_SMP_THREADS" ] || _smp_args="--threads $RVG_SMP_THREADS"
    # rvguest.smp_break=WHAT: a deliberately broken smp_stress, to show the runs can fail
    case "${RVG_smp_break-}" in
        '') ;;
        *[!a-z-]*) echo "smp: ignoring rvguest.smp_break='$RVG_smp_break'" ;;
        *) _smp_args="$_smp_args --break $RVG_smp_break" ;;
    esac
    _run=0
    while [ "$_run" -lt "$RVG_SMP_RUNS" ]; do
        _run=$((_run + 1))
        # $_smp_args unquoted: empty, or options and their values, none with a blank
        /mnt/smp/smp_stress $_smp_args || {
            echo "smp: run $_run of $RVG_SMP_RUNS failed (status $?); $((_run - 1)) passed before it"
            return 1
        }
    done
    echo "smp: $_run/$RVG_SMP_RUNS runs passed"
}
wl_smp() {
    echo "smp: online harts $(cat /sys/devices/system/cpu/online)," \
         "processors in /proc/cpuinfo: $(grep -c ^processor /proc/cpuinfo)"
    # cache=loose: the binary crosses 9p once and later runs start from the page cache, so
    # the 100 runs time the threads rather than 9p reads of a 560 KB executable.
    mount_share "${RVG_tag:-host}" /mnt/smp ro,cache=loose || return 1
    timed "smp-${RVG_SMP_RUNS}" smp_step
    _smp_rc=$?
    umount /mnt/smp || _smp_rc=1
    return $_smp_rc
}

wl_devices() {
    for _d in /sys/bus/virtio/devices/*; do
        [ -e "$_d" ] || continue
        _drv=none
        [ -e "$_d/driver" ] && _drv=$(basename "$(readlink "$_d/driver")")
        echo "$(basename "$_d") device=$(cat "$_d/device") vendor=$(cat "$_d/vendor")" \
             "driver=$_drv parent=$(basename "$(readlink -f "$_d/..")")"
    done
    ls -l /dev/vd* /dev/hvc* /dev/hwrng 2>/dev/null
    echo "net: $(ls /sys/class/net 2>/dev/null | tr '\n' ' ')"
    [ -r /sys/class/misc/hw_random/rng_current ] &&
        echo "hwrng: $(cat /sys/class/misc/hw_random/rng_current)"
    for _b in /sys/block/vd*; do
        [ -e "$_b" ] && echo "$(basename "$_b"): $(cat "$_b/size") sectors of 512 bytes"
    done
    return 0
}

wl_info() {
    echo "== uname"; uname -a
    echo "== /proc/cpuinfo"; cat /proc/cpuinfo
    echo "== kernel log: ISA, extensions, SBI, timer, interrupt controllers"
    dmesg | grep -i -E 'isa|extension|riscv|sbi|timer|clocksource|cpu|hart|smp|alternative|vector|fpu|sstc|svpbmt|svnapot|zicbo|aia|imsic|plic|aclint|clint'
    echo "== /proc/interrupts"; cat /proc/interrupts
    echo "== memory"; head -n 3 /proc/meminfo
    echo "== modules"; cat /proc/modules
    echo "== tainted=$(cat /proc/sys/kernel/tainted)"
    echo "== virtio devices"; wl_devices
}

wl_modtimes() {         # with rvguest.modules=0: load each module, print how long it took
    _dir=/lib/modules/$(cat /etc/rvguest/kver)
    _all_rc=0
    while read -r _m; do
        [ -n "$_m" ] || continue
        _a=$(now)
        insmod "$_dir/$_m"
        _r=$?
        _b=$(now)
        [ "$_r" = 0 ] || _all_rc=$_r
        echo "MODTIME $_m rc=$_r bytes=$(wc -c < "$_dir/$_m") seconds=$(seconds $(( $(centis "$_b") - $(centis "$_a") )))"
    done < /etc/rvguest/modules.load
    return $_all_rc
}

wl_shell() { setsid cttyhack sh -l; }
