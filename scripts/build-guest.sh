#!/usr/bin/env bash
# build-guest.sh - build (or refresh) rvisor's default Linux guest from Debian packages.
#
# Usage: scripts/build-guest.sh [options] [OUTDIR]
#
# Writes into OUTDIR (default: build/guest in the repository, which git ignores):
#   Image              Debian's riscv64 kernel, unmodified (a RISC-V Image with a PE
#                      header; Debian ships it as /boot/vmlinux-<kver>)
#   initramfs.cpio.gz  busybox + kernel modules + the /init from guest/ (newc, gzip -9)
#   initramfs.cpio     the same archive uncompressed
#   disk.ext4          ext4 test disk for rvguest.run=disk (hello.txt, data/, SHA256SUMS)
#   modules.load       the order in which /init loads the modules
#   manifest.txt       package versions, an input fingerprint and sha256 of each artefact
#   build.log          output of the tools run by the last build
#
# Options:
#   --kver VER      kernel ABI to use (default 6.12.107+deb13-riscv64); "latest" means the
#                   ABI that linux-image-riscv64 depends on in the cached package index
#                   (add --refresh to ask the mirror again)
#   --suite NAME    Debian release the riscv64 packages come from (default trixie)
#   --mirror URI    Debian mirror (default: the one this machine's apt sources use)
#   --cache DIR     downloads and unpacked packages
#                   (default ${XDG_CACHE_HOME:-$HOME/.cache}/rvisor-guest)
#   --refresh       fetch the package index again and use the newest packages
#   --force         rebuild even if OUTDIR is up to date
#   --no-disk       do not build disk.ext4
#   --disk-size SZ  size of disk.ext4 (default 64M)
#   -o, --out DIR   same as giving OUTDIR
#   -h, --help      this text
#
# Packages: the riscv64 .debs (linux-image-<kver>, busybox-static) are fetched with
# "apt-get download" under a private apt configuration (its own sources.list, package
# lists and cache in --cache, an empty dpkg status, riscv64 only); the host's apt and dpkg
# state is not read or touched. Host tools that are missing are installed with apt-get
# (apt dpkg xz-utils cpio gzip kmod e2fsprogs debian-archive-keyring); nothing else is.
#
# Up to date: when the packages, guest/ files, this script and the options are unchanged
# and the artefacts still match manifest.txt, nothing is rebuilt and no network is used.
# Builds are reproducible: the same inputs give byte-identical artefacts.
#
# Booting the result (the guest interface is described in guest/README.md):
#   qemu-system-riscv64 -M virt -smp 1 -m 1G -nographic -no-reboot \
#     -kernel Image -initrd initramfs.cpio.gz \
#     -append 'console=ttyS0 panic=-1 rvguest.run=poweroff'
set -Eeuo pipefail

# ------------------------------------------------------------------------- settings
DEFAULT_KVER="6.12.107+deb13-riscv64"
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
DISK_UUID=8d4e2a61-3f0b-4c7a-9e15-6b2d0c9a7f34      # fixed, for reproducible images
DISK_HASH_SEED=2c9f7b1e-5a3d-4e86-b0f4-71d8a6c3e592

SELF="$(realpath "${BASH_SOURCE[0]}")"
REPO="$(dirname "$(dirname "$SELF")")"
GUEST_SRC="$REPO/guest"
GUEST_FILES=(init.sh workloads.sh cmdline.awk udhcpc.sh modules.txt modules-extra.txt)

KVER="$DEFAULT_KVER"
SUITE=trixie
MIRROR=""
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/rvisor-guest"
OUT=""
REFRESH=0
FORCE=0
MKDISK=1
DISK_SIZE=64M

PATH="$PATH:/usr/sbin:/sbin"           # depmod, modprobe, mke2fs, debugfs
export LC_ALL=C

# ------------------------------------------------------------------------- messages
# Progress goes to stderr; a failure ends with exactly one "build-guest: error:" line.
# Messages raised inside $(...) are handed to the top level through $WORK/error.
WORK=""
say() { printf 'build-guest: %s\n' "$*" >&2; }
die() {
    if [ -n "$WORK" ] && [ -d "$WORK" ]; then
        [ -s "$WORK/error" ] || printf '%s\n' "$*" > "$WORK/error"
    else
        printf 'build-guest: error: %s\n' "$*" >&2
    fi
    exit 1
}
on_err() { die "'$2' failed with status $1 (line $3)${SHOWN_LOG:+; tool output in $SHOWN_LOG}"; }
on_exit() {
    local rc=$?
    if [ -n "$WORK" ] && [ -d "$WORK" ]; then
        if [ "$rc" != 0 ] || [ "${BUILT:-0}" = 1 ]; then
            [ -z "${SHOWN_LOG:-}" ] || cp "$WORK/log" "$SHOWN_LOG" 2>/dev/null || true
        fi
        if [ "$rc" != 0 ]; then
            printf 'build-guest: error: %s\n' "$(head -n 1 "$WORK/error" 2>/dev/null ||
                echo "stopped with status $rc")" >&2
        fi
        rm -rf "$WORK"
    fi
    [ -z "${GZIP_PID:-}" ] || kill "$GZIP_PID" 2>/dev/null || true
    [ -z "${STAGE:-}" ] || rm -rf "$STAGE"
    exit "$rc"
}
usage() { sed -n '2,/^set -Eeuo/{/^set -Eeuo/d; s/^# \{0,1\}//; p}' "$SELF"; }

# ------------------------------------------------------------------------- arguments
need_arg() { if [ $# -lt 2 ] || [ -z "$2" ]; then die "option $1 needs a value (see --help)"; fi; }
while [ $# -gt 0 ]; do
    case "$1" in
        --kver) need_arg "$@"; KVER="$2"; shift 2 ;;
        --suite) need_arg "$@"; SUITE="$2"; shift 2 ;;
        --mirror) need_arg "$@"; MIRROR="${2%/}"; shift 2 ;;
        --cache) need_arg "$@"; CACHE="$2"; shift 2 ;;
        -o|--out) need_arg "$@"; OUT="$2"; shift 2 ;;
        --refresh) REFRESH=1; shift ;;
        --force) FORCE=1; shift ;;
        --no-disk) MKDISK=0; shift ;;
        --disk-size) need_arg "$@"; DISK_SIZE="$2"; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        -*) die "unknown option '$1' (see --help)" ;;
        *) [ -z "$OUT" ] || die "more than one output directory given ('$OUT', '$1')"
           OUT="$1"; shift ;;
    esac
done
[ -n "$OUT" ] || OUT="$REPO/build/guest"
case "$KVER" in
    latest|*-riscv64) ;;
    *) die "--kver '$KVER' is not a riscv64 kernel ABI (e.g. $DEFAULT_KVER) or 'latest'" ;;
esac
for f in "${GUEST_FILES[@]}"; do
    [ -r "$GUEST_SRC/$f" ] || die "missing $GUEST_SRC/$f (the guest files belong next to scripts/)"
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/build-guest.XXXXXX")"
trap on_exit EXIT
trap 'on_err $? "$BASH_COMMAND" $LINENO' ERR
trap 'die "interrupted"' INT TERM HUP
T_START=$(date +%s.%N)

mkdir -p "$OUT" "$CACHE" || die "cannot create '$OUT' or '$CACHE'"
OUT="$(realpath "$OUT")"
CACHE="$(realpath "$CACHE")"

# One build per output directory and per cache at a time (apt does not wait for its locks).
exec 8>"$CACHE/.lock" 9>"$OUT/.lock"
if ! flock -n 8 || ! flock -n 9; then
    say "waiting for another build-guest run to finish"
    flock 8
    flock 9
fi
# Tool output is collected in $WORK/log and kept as OUTDIR/build.log after a build or a
# failure (an up-to-date run leaves the previous build's log alone).
LOG="$WORK/log"
SHOWN_LOG="$OUT/build.log"
: > "$LOG"

# ------------------------------------------------------------------------- host tools
declare -A TOOL_PACKAGE=(
    [apt-get]=apt [apt-cache]=apt [apt-config]=apt [dpkg-deb]=dpkg [xz]=xz-utils
    [cpio]=cpio [gzip]=gzip [depmod]=kmod [modprobe]=kmod [mke2fs]=e2fsprogs [debugfs]=e2fsprogs
)
# host_install PACKAGE...: install Debian packages on the host with apt-get (sudo if needed).
host_install() {
    local as_root=()
    command -v apt-get >/dev/null || die "missing host packages ($*) and no apt-get to install them"
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null ||
            die "missing host packages; as root run: apt-get install --no-install-recommends $*"
        as_root=(sudo)
    fi
    say "installing host packages with apt-get: $*"
    local install=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive
                   apt-get install -y -q --no-install-recommends "$@")
    if ! "${install[@]}" >>"$LOG" 2>&1; then
        "${as_root[@]}" apt-get update -q >>"$LOG" 2>&1 || true
        "${install[@]}" >>"$LOG" 2>&1 || die "apt-get install $* failed; see $SHOWN_LOG"
    fi
}
missing=()
for tool in "${!TOOL_PACKAGE[@]}"; do
    command -v "$tool" >/dev/null || missing+=("${TOOL_PACKAGE[$tool]}")
done
[ -r "$KEYRING" ] || missing+=(debian-archive-keyring)
if [ ${#missing[@]} -gt 0 ]; then
    mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
    host_install "${missing[@]}"
    for tool in "${!TOOL_PACKAGE[@]}"; do
        command -v "$tool" >/dev/null || die "'$tool' is still missing after installing ${TOOL_PACKAGE[$tool]}"
    done
    [ -r "$KEYRING" ] || die "$KEYRING is still missing after installing debian-archive-keyring"
fi

# ------------------------------------------------------------------------- the mirror
# host_mirror: the Debian archive this machine's apt uses. Reads the same files as apt
# (Dir::Etc::sourcelist and the *.list / *.sources in Dir::Etc::sourceparts), both the
# one-line "deb [options] URI suite components" form and deb822 stanzas (Types, URIs,
# Suites, Enabled). Entries for -security, -updates, -backports and -proposed-updates
# suites are not archive mirrors and are skipped; among the rest the first URI whose
# path ends in /debian wins, else the first one.
host_mirror() {
    local list=/etc/apt/sources.list parts=/etc/apt/sources.list.d files=()
    eval "$(apt-config shell list Dir::Etc::sourcelist/f parts Dir::Etc::sourceparts/d 2>/dev/null)" || true
    [ -r "$list" ] && files+=("$list")
    local f
    for f in "${parts%/}"/*.list "${parts%/}"/*.sources; do
        [ -r "$f" ] && files+=("$f")
    done
    [ ${#files[@]} -gt 0 ] || return 0
    awk '
    function offer(uri, suites,   n, s, i) {
        if (uri !~ /^(https?|ftp|file):\/\//) return
        n = split(suites, s, /[ \t]+/)
        for (i = 1; i <= n; i++) {
            if (s[i] == "" || s[i] ~ /-(security|updates|backports|proposed-updates)$/ || s[i] ~ /\/updates$/) continue
            if (uri ~ /\/debian\/?$/) { if (best == "") best = uri }
            else if (other == "") other = uri
            return
        }
    }
    function end_stanza(   n, u, i) {
        if (types ~ /(^|[ \t])deb([ \t]|$)/ && tolower(enabled) != "no") {
            n = split(uris, u, /[ \t]+/)
            for (i = 1; i <= n; i++) offer(u[i], suites)
        }
        types = ""; uris = ""; suites = ""; enabled = ""; field = ""
    }
    FNR == 1 { if (deb822) end_stanza(); deb822 = (FILENAME ~ /\.sources$/) }
    deb822 {
        if ($0 ~ /^[ \t]*#/) next
        if ($0 ~ /^[ \t]*$/) { end_stanza(); next }
        if ($0 ~ /^[ \t]/) {                        # continuation of the previous field
            if (field == "uris") uris = uris " " $0
            else if (field == "suites") suites = suites " " $0
            next
        }
        field = tolower(substr($0, 1, index($0, ":") - 1))
        value = substr($0, index($0, ":") + 1)
        if (field == "types") types = value
        else if (field == "uris") uris = value
        else if (field == "suites") suites = value
        else if (field == "enabled") { enabled = value; gsub(/[ \t]/, "", enabled) }
        next
    }
    {
        line = $0
        sub(/#.*/, "", line)
        if (line !~ /^[ \t]*deb[ \t]/) next
        sub(/^[ \t]*deb[ \t]+/, "", line)
        if (line ~ /^\[/) sub(/^\[[^]]*\][ \t]*/, "", line)   # [arch=... signed-by=...]
        split(line, w, /[ \t]+/)
        offer(w[1], w[2])
    }
    END { if (deb822) end_stanza(); print (best != "" ? best : other) }
    ' "${files[@]}"
}

# ------------------------------------------------------------------------- private apt
# All apt state lives in $CACHE/apt; the configuration is written into $WORK for each run.
# apt reads $APT_CONFIG first, then every file in Dir::Etc::parts, then Dir::Etc::main.
# So $APT_CONFIG only points those two elsewhere: the parts directory holds links to the
# host's own apt.conf.d files and apt.conf (proxies, Check-Valid-Until and the like still
# apply), and "main" is our file, read last, which overrides everything that says where
# state lives, which packages exist and what runs around an update.
APT_READY=0
INDEX_FETCHED=0
APT_SUITE="$SUITE"          # the name apt asks the mirror for (see apt_update)
SUITE_MEMO="$CACHE/apt/suite-name.$SUITE"
apt_setup() {
    [ "$APT_READY" = 0 ] || return 0
    local from="--mirror"
    if [ -z "$MIRROR" ]; then
        MIRROR="$(host_mirror)"
        MIRROR="${MIRROR%/}"
        [ -n "$MIRROR" ] ||
            die "no Debian mirror found in this machine's apt sources; give one with --mirror URI"
        from="this machine's apt sources"
    fi
    say "Debian mirror: $MIRROR (from $from)"
    mkdir -p "$CACHE/apt/lists/partial" "$CACHE/apt/cache/archives/partial" \
             "$CACHE/apt/state" "$CACHE/debs" "$WORK/apt/none"
    # an empty dpkg status that keeps its mtime, so apt can reuse its package cache
    [ -f "$CACHE/apt/state/status" ] || : > "$CACHE/apt/state/status"
    if [ "$REFRESH" = 0 ] && [ -s "$SUITE_MEMO" ]; then APT_SUITE="$(cat "$SUITE_MEMO")"; fi
    local host_parts=/etc/apt/apt.conf.d host_main=/etc/apt/apt.conf f
    eval "$(apt-config shell host_parts Dir::Etc::parts/d host_main Dir::Etc::main/f 2>/dev/null)" || true
    mkdir -p "$WORK/apt/conf.d"
    for f in "${host_parts%/}"/*; do
        [ ! -f "$f" ] || ln -s "$f" "$WORK/apt/conf.d/$(basename "$f")"
    done
    [ ! -f "$host_main" ] || ln -s "$host_main" "$WORK/apt/conf.d/zzzz-host-apt.conf"
    printf 'Dir::Etc::parts "%s";\nDir::Etc::main "%s";\n' \
        "$WORK/apt/conf.d" "$WORK/apt/rvisor-guest.conf" > "$WORK/apt/apt.conf"
    write_apt_config
    export APT_CONFIG="$WORK/apt/apt.conf"
    APT_READY=1
}
write_apt_config() {
    # target=Packages: only the package index (no translations, AppStream data, ...)
    printf 'deb [arch=riscv64 target=Packages signed-by=%s] %s %s main\n' "$KEYRING" "$MIRROR" "$APT_SUITE" \
        > "$WORK/apt/sources.list"
    {
        echo "Dir::Etc::SourceList \"$WORK/apt/sources.list\";"
        echo "Dir::Etc::SourceParts \"$WORK/apt/none\";"
        echo "Dir::Etc::Preferences \"$WORK/apt/none/preferences\";"
        echo "Dir::Etc::PreferencesParts \"$WORK/apt/none\";"
        echo "Dir::State \"$CACHE/apt/state\";"
        echo "Dir::State::Lists \"$CACHE/apt/lists\";"
        echo "Dir::State::status \"$CACHE/apt/state/status\";"
        echo "Dir::Cache \"$CACHE/apt/cache\";"
        echo "Dir::Cache::pkgcache \"pkgcache.bin\";"
        echo "Dir::Cache::srcpkgcache \"srcpkgcache.bin\";"
        # hooks from the host's apt.conf.d act on the host's state: not for this apt
        echo "#clear APT::Update::Pre-Invoke;"
        echo "#clear APT::Update::Post-Invoke;"
        echo "#clear APT::Update::Post-Invoke-Success;"
        echo "#clear DPkg::Pre-Invoke;"
        echo "#clear DPkg::Post-Invoke;"
        echo "APT::Architecture \"riscv64\";"
        echo "#clear APT::Architectures;"
        echo "APT::Architectures { \"riscv64\"; };"
        echo "Acquire::Languages { \"none\"; };"
        # as root, apt would hand downloads to the _apt user, who cannot write our dirs
        [ "$(id -u)" != 0 ] || echo "APT::Sandbox::User \"root\";"
    } > "$WORK/apt/rvisor-guest.conf"
}
index_codename() {
    { apt-get indextargets --format '$(CODENAME)' 'Identifier: Packages' 2>/dev/null || true; } |
        awk 'NR == 1'
}
# index_usable: does apt now know the riscv64 packages? ("apt-get update" exits 0 even
# when the mirror cannot be reached at all.)
index_usable() { apt-cache show --no-all-versions busybox-static >/dev/null 2>&1; }
# apt_update: fetch the package index of $SUITE. A mirror or caching proxy caught in the
# middle of a sync can serve an InRelease and a Packages file that do not match ("File
# has unexpected size ... Mirror sync in progress?"). Only then are the suite's aliases
# tried, and one is kept only if its signed Release names the same codename as $SUITE.
apt_update() {
    apt_setup
    [ "$INDEX_FETCHED" = 0 ] || return 0
    local names=("$SUITE") name alias problem
    for alias in stable testing oldstable; do [ "$alias" = "$SUITE" ] || names+=("$alias"); done
    for name in "${names[@]}"; do
        APT_SUITE="$name"
        write_apt_config
        say "fetching the riscv64 package index ($APT_SUITE)"
        apt-get -q update > "$WORK/update.out" 2>&1 || true
        cat "$WORK/update.out" >> "$LOG"
        if index_usable && { [ "$name" = "$SUITE" ] || [ "$(index_codename)" = "$SUITE" ]; }; then
            echo "$APT_SUITE" > "$SUITE_MEMO"
            INDEX_FETCHED=1
            return 0
        fi
        [ "$name" = "$SUITE" ] || continue
        if grep -q -E 'Mirror sync in progress|unexpected size|Hash Sum mismatch' "$WORK/update.out"; then
            say "the mirror's '$SUITE' index is inconsistent (mid-sync?); trying its aliases"
            continue
        fi
        # Anything else (no network, no such suite, bad signature): aliases will not help.
        problem="$(grep -m 1 -E '^[EW]: ' "$WORK/update.out" | sed 's/^[EW]: *//; s/  */ /g' || true)"
        die "cannot fetch the $SUITE riscv64 package index from $MIRROR: ${problem:-apt-get update gave no index}"
    done
    die "the mirror serves no consistent $SUITE riscv64 index, under any alias (see $SHOWN_LOG); retry later or pass --mirror"
}
# ensure_index: make sure a package index is available (cached is fine unless --refresh).
ensure_index() {
    apt_setup
    if [ "$REFRESH" = 1 ] || ! index_usable; then
        apt_update
    fi
}
# candidate PACKAGE FIELD: a field of the version apt would download, from the index.
candidate() {
    { apt-cache show --no-all-versions "$1" 2>/dev/null || true; } | awk -v f="$2:" '$1 == f && !done { print $2; done = 1 }'
}

# newest_cached PACKAGE: the newest downloaded .deb of PACKAGE, if any.
newest_cached() {
    local f
    for f in "$CACHE/debs/$1_"*_riscv64.deb; do [ ! -f "$f" ] || printf '%s\n' "$f"; done |
        sort -V | tail -n 1
}
# get_deb PACKAGE: set DEB to the path of PACKAGE's riscv64 .deb, downloading it if
# needed. Without --refresh any cached copy is used as is, so a warm cache needs no
# network. (Not meant for $(...): the apt state it sets up must outlive the call.)
get_deb() {
    local pkg="$1" version="" size
    if [ "$REFRESH" = 0 ]; then
        DEB="$(newest_cached "$pkg")"
        [ -z "$DEB" ] || return 0
    fi
    ensure_index
    for _ in 1 2; do
        version="$(candidate "$pkg" Version)"
        if [ -n "$version" ]; then
            DEB="$CACHE/debs/${pkg}_${version//:/%3a}_riscv64.deb"
            [ ! -f "$DEB" ] || return 0
            size="$(candidate "$pkg" Size)"
            say "downloading $pkg $version ($(( (${size:-0} + 524288) / 1048576 )) MiB)"
            if (cd "$CACHE/debs" && apt-get -q download "$pkg" >>"$LOG" 2>&1) && [ -f "$DEB" ]; then
                return 0
            fi
        fi
        # A cached index can be older than what we ask for (or name a file that the
        # mirror has since dropped): fetch it once more, then give up.
        [ "$INDEX_FETCHED" = 0 ] || break
        apt_update
    done
    if [ -z "$version" ]; then
        case "$pkg" in
            linux-image-*) die "$pkg is not in Debian $SUITE (old kernel ABIs leave the archive when a new kernel is uploaded): try --kver latest" ;;
            *) die "$pkg is not in Debian $SUITE for riscv64" ;;
        esac
    fi
    die "apt-get download $pkg failed; see $SHOWN_LOG"
}

# ------------------------------------------------------------------------- packages
if [ "$KVER" = latest ]; then
    ensure_index
    KVER="$({ apt-cache show --no-all-versions linux-image-riscv64 2>/dev/null || true; } |
            awk '$1 == "Depends:" { for (i = 2; i <= NF; i++) if ($i ~ /^linux-image-[0-9]/) { sub(/^linux-image-/, "", $i); sub(/,$/, "", $i); if (!found++) print $i } }')"
    [ -n "$KVER" ] || die "cannot tell which kernel linux-image-riscv64 depends on in $SUITE"
    say "latest kernel ABI in $SUITE: $KVER"
fi
get_deb "linux-image-$KVER"
KERNEL_DEB="$DEB"
get_deb busybox-static
BUSYBOX_DEB="$DEB"

deb_version() { dpkg-deb -f "$1" Version; }

# ------------------------------------------------------------------------- up to date?
# The fingerprint covers everything the artefacts are made from.
INPUTS="$(
    {
        echo "build-guest inputs v1"
        sha256sum "$SELF" | cut -d' ' -f1
        for f in "${GUEST_FILES[@]}"; do printf '%s %s\n' "$f" "$(sha256sum < "$GUEST_SRC/$f" | cut -d' ' -f1)"; done
        echo "kver=$KVER"
        echo "kernel=$(basename "$KERNEL_DEB") $(stat -c %s "$KERNEL_DEB")"
        echo "busybox=$(basename "$BUSYBOX_DEB") $(stat -c %s "$BUSYBOX_DEB")"
        echo "disk=$MKDISK $DISK_SIZE"
        echo "epoch=${SOURCE_DATE_EPOCH:-}"
    } | sha256sum | cut -d' ' -f1
)"
ARTEFACTS=(Image initramfs.cpio.gz initramfs.cpio)
[ "$MKDISK" = 0 ] || ARTEFACTS+=(disk.ext4)

report() {      # report STATE: where the artefacts are
    local f
    printf 'rvisor guest %s: kernel %s, busybox %s\n' "$1" "$KVER" "$(deb_version "$BUSYBOX_DEB")"
    for f in "${ARTEFACTS[@]}" manifest.txt; do
        printf '  %-52s %10s bytes\n' "$OUT/$f" "$(stat -c %s "$OUT/$f")"
    done
}
# OUTDIR/.stamp holds the fingerprint of the last build and the size and modification
# time of each artefact it wrote, so a file changed since (a disk image written by a VM,
# say) also causes a rebuild. Comparing stamps is much cheaper than hashing ~110 MB.
stamp() {
    echo "inputs=$INPUTS"
    (cd "$OUT" && stat -c '%n %s %y' "${ARTEFACTS[@]}" manifest.txt 2>/dev/null) || true
}
if [ "$FORCE" = 0 ] && [ -f "$OUT/.stamp" ] && [ "$(stamp)" = "$(cat "$OUT/.stamp")" ]; then
    say "up to date (same inputs, artefacts unchanged since they were built; --force rebuilds)"
    report "up to date"
    exit 0
fi

# ------------------------------------------------------------------------- unpack
# The kernel package is unpacked once per .deb into the cache, with modules.dep added
# (Debian's package leaves that to depmod at install time, and kmod needs it).
KX="$CACHE/unpacked/$(basename "$KERNEL_DEB" .deb)"
if [ ! -f "$KX/.complete" ]; then
    say "unpacking $(basename "$KERNEL_DEB")"
    rm -rf "$KX" "$KX.partial"
    mkdir -p "$KX.partial"
    dpkg-deb -x "$KERNEL_DEB" "$KX.partial"
    for base in "$KX.partial/usr" "$KX.partial"; do
        if [ -d "$base/lib/modules/$KVER" ]; then
            depmod -b "$base" "$KVER" >>"$LOG" 2>&1
            echo "${base#"$KX.partial"}" > "$KX.partial/.modbase"
            break
        fi
    done
    [ -f "$KX.partial/.modbase" ] || die "no lib/modules/$KVER in $(basename "$KERNEL_DEB")"
    touch "$KX.partial/.complete"
    mv "$KX.partial" "$KX"
fi
MODBASE="$KX$(cat "$KX/.modbase")"         # kmod's -b/-d root: $MODBASE/lib/modules/$KVER
MODDIR="$MODBASE/lib/modules/$KVER"
KIMAGE=""
for f in "$KX/boot/vmlinux-$KVER" "$KX/boot/vmlinuz-$KVER"; do
    [ -f "$f" ] && { KIMAGE="$f"; break; }
done
[ -n "$KIMAGE" ] || die "no kernel image in $(basename "$KERNEL_DEB")"
# A RISC-V Image carries the magic "RSC\x05" at offset 0x38.
[ "$(od -An -tx1 -j56 -N4 "$KIMAGE" | tr -d ' \n')" = 52534305 ] ||
    die "$KIMAGE is not a RISC-V Image (no RSC\\x05 magic at 0x38)"

mkdir -p "$WORK/busybox"
dpkg-deb -x "$BUSYBOX_DEB" "$WORK/busybox"
BUSYBOX=""
for f in "$WORK/busybox/usr/bin/busybox" "$WORK/busybox/bin/busybox"; do
    [ -f "$f" ] && { BUSYBOX="$f"; break; }
done
[ -n "$BUSYBOX" ] || die "no busybox binary in $(basename "$BUSYBOX_DEB")"

EPOCH="${SOURCE_DATE_EPOCH:-$(stat -c %Y "$KIMAGE")}"
case "$EPOCH" in ''|*[!0-9]*) die "SOURCE_DATE_EPOCH must be a number of seconds" ;; esac

say "building the guest for kernel $KVER in $OUT"
STAGE="$(mktemp -d "$OUT/.stage.XXXXXX")"
ROOT="$WORK/initramfs"

# ------------------------------------------------------------------------- initramfs tree
mkdir -p "$ROOT"/{bin,etc/rvguest,lib/modules/"$KVER",mnt,proc,root,run,sys,tmp,usr}
ln -s bin "$ROOT/sbin"
ln -s ../bin "$ROOT/usr/bin"
ln -s ../bin "$ROOT/usr/sbin"
chmod 1777 "$ROOT/tmp"
chmod 0700 "$ROOT/root"

install -m 0755 "$BUSYBOX" "$ROOT/bin/busybox"
# Applet names: the riscv64 binary cannot run here, so read its table of names, a run
# of NUL-terminated strings that starts "[", "[[" and ends with an empty string.
table_at="$(grep -abo -P '\[\x00\[\[\x00' "$BUSYBOX" | awk -F: 'NR == 1 { print $1 }' || true)"
[ -n "$table_at" ] || die "cannot find the applet table in the busybox binary"
mapfile -t APPLETS < <(
    dd if="$BUSYBOX" iflag=skip_bytes skip="$table_at" bs=16384 count=1 2>/dev/null |
        tr '\0' '\n' | awk 'stop { next } $0 == "" { stop = 1; next } { print }'
)
declare -A HAVE_APPLET=()
for a in "${APPLETS[@]}"; do
    [[ "$a" =~ ^[][a-z0-9_.-]+$ ]] || die "unexpected applet name '$a' in the busybox binary"
    HAVE_APPLET[$a]=1
done
for a in sh mount insmod awk sha256sum dd poweroff setsid cttyhack udhcpc ip; do
    [ -n "${HAVE_APPLET[$a]:-}" ] || die "busybox has no '$a' applet"
done
for a in "${APPLETS[@]}"; do
    case "$a" in busybox|linuxrc) ;; *) ln -s busybox "$ROOT/bin/$a" ;; esac
done

install -m 0755 "$GUEST_SRC/init.sh" "$ROOT/init"
install -m 0644 "$GUEST_SRC/workloads.sh" "$GUEST_SRC/cmdline.awk" "$ROOT/etc/rvguest/"
install -m 0755 "$GUEST_SRC/udhcpc.sh" "$ROOT/etc/rvguest/udhcpc.sh"
printf '%s\n' "$KVER" > "$ROOT/etc/rvguest/kver"
printf 'root:x:0:0:root:/root:/bin/sh\n' > "$ROOT/etc/passwd"
printf 'root:x:0:\n' > "$ROOT/etc/group"
printf 'rvguest\n' > "$ROOT/etc/hostname"

# Modules: kmod expands guest/modules.txt into the load order, with dependencies and
# soft dependencies first; modules built into the kernel drop out.
# expand_modules LIST ORDER [SKIP]: append LIST's modules and their dependencies to ORDER,
# leaving out those already in SKIP.
expand_modules() {
    local list="$1" order="$2" skip="${3:-/dev/null}"
    : > "$order"
    while read -r want _; do
        case "$want" in ''|'#'*) continue ;; esac
        modprobe -d "$MODBASE" -S "$KVER" --show-depends "$want" > "$WORK/deps" 2>>"$LOG" ||
            die "kernel $KVER has no module '$want' (guest/$(basename "$list"))"
        while read -r how path _; do
            [ "$how" = insmod ] || continue
            rel="${path#"$MODDIR/"}"
            rel="${rel%.xz}"; rel="${rel%.zst}"; rel="${rel%.gz}"
            grep -qxF -- "$rel" "$skip" || grep -qxF -- "$rel" "$order" || echo "$rel" >> "$order"
        done < "$WORK/deps"
    done < "$list"
}
expand_modules "$GUEST_SRC/modules.txt" "$WORK/load-order"
[ -s "$WORK/load-order" ] || die "no modules to load: everything in guest/modules.txt is built in?"
# guest/modules-extra.txt: carried in the initramfs for workloads to load, not loaded at boot.
expand_modules "$GUEST_SRC/modules-extra.txt" "$WORK/extra-order" "$WORK/load-order"
cat "$WORK/load-order" "$WORK/extra-order" | while read -r rel; do
    dst="$ROOT/lib/modules/$KVER/$rel"
    mkdir -p "$(dirname "$dst")"
    # busybox insmod hands the file to init_module() as is: store it uncompressed.
    if [ -f "$MODDIR/$rel.xz" ]; then xz -dc "$MODDIR/$rel.xz" > "$dst"
    elif [ -f "$MODDIR/$rel.zst" ]; then
        command -v zstd >/dev/null || host_install zstd
        zstd -qdc "$MODDIR/$rel.zst" > "$dst"
    elif [ -f "$MODDIR/$rel.gz" ]; then gzip -dc "$MODDIR/$rel.gz" > "$dst"
    else cp "$MODDIR/$rel" "$dst"
    fi
done
cp "$WORK/load-order" "$ROOT/etc/rvguest/modules.load"
cp "$WORK/extra-order" "$ROOT/etc/rvguest/modules-extra.load"
# modules.dep etc. for the subset, so that modprobe/modinfo also work in the guest shell.
for f in modules.order modules.builtin modules.builtin.modinfo; do
    [ ! -f "$MODDIR/$f" ] || cp "$MODDIR/$f" "$ROOT/lib/modules/$KVER/"
done
depmod -b "$ROOT" "$KVER" >>"$LOG" 2>&1
rm -f "$ROOT/lib/modules/$KVER"/*.bin      # kmod's binary indexes; busybox reads the text

# ------------------------------------------------------------------------- cpio
# newc_entry NAME MODE MAJOR MINOR: one header-only newc record (a directory or device
# node), so /dev/console is in the archive without mknod, i.e. without root.
newc_entry() {
    local name="$1" mode="$2" nlink=1
    [ $((8#$mode & 8#170000)) != $((8#040000)) ] || nlink=2
    printf '070701%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%s\0' \
        0 $((8#$mode)) 0 0 "$nlink" "$EPOCH" 0 0 0 "$3" "$4" $((${#name} + 1)) 0 "$name"
    local pad=$(( (4 - (110 + ${#name} + 1) % 4) % 4 ))
    head -c "$pad" /dev/zero
}
# The archive is two newc archives back to back, which the kernel unpacks in turn:
# first /dev with its nodes, then the tree (sorted, owner 0:0, fixed times).
{
    newc_entry dev 040755 0 0
    newc_entry dev/console 020600 5 1
    newc_entry dev/null 020666 1 3
    newc_entry TRAILER!!! 0 0 0
} > "$WORK/dev.cpio"
find "$ROOT" -exec touch -h -d "@$EPOCH" {} +
(cd "$ROOT" && find . -mindepth 1 -printf '%P\n' | sort |
    cpio --quiet -o -H newc -R 0:0 --reproducible) > "$WORK/tree.cpio"
cat "$WORK/dev.cpio" "$WORK/tree.cpio" > "$STAGE/initramfs.cpio"
# gzip -9 takes a few seconds: let it run while the disk is made.
gzip -9 -n -c "$STAGE/initramfs.cpio" > "$STAGE/initramfs.cpio.gz" &
GZIP_PID=$!

# ------------------------------------------------------------------------- disk.ext4
if [ "$MKDISK" = 1 ]; then
    D="$WORK/disk"
    mkdir -p "$D/data"
    printf 'hello from the rvisor guest disk (scripts/build-guest.sh)\n' > "$D/hello.txt"
    awk 'BEGIN { for (i = 0; i < 43691; i++) printf "rvisor disk pattern %04x\n", i }' > "$D/data/pattern-1MiB.bin"
    truncate -s 1048576 "$D/data/pattern-1MiB.bin"
    cp "$WORK/load-order" "$D/data/modules.load"
    (cd "$D" && find . -type f -printf '%P\n' | sort | xargs sha256sum) > "$WORK/SHA256SUMS"
    mv "$WORK/SHA256SUMS" "$D/SHA256SUMS"
    find "$D" -exec touch -h -d "@$EPOCH" {} +
    # Fixed UUID and hash seed, and E2FSPROGS_FAKE_TIME for the times mke2fs makes up.
    # mke2fs -d copies owners and change times from the source files (not ours to set
    # without root), so debugfs makes every inode root's, with fixed times, afterwards.
    E2FSPROGS_FAKE_TIME="$EPOCH" mke2fs -q -F -t ext4 -L rvguest -U "$DISK_UUID" \
        -E "root_owner=0:0,hash_seed=$DISK_HASH_SEED" -d "$D" \
        "$STAGE/disk.ext4" "$DISK_SIZE" >>"$LOG" 2>&1 ||
        die "mke2fs failed (disk size $DISK_SIZE); see $SHOWN_LOG"
    (cd "$D" && find . -printf '/%P\n') | while read -r p; do
        for field in atime ctime mtime crtime; do printf 'sif "%s" %s @%s\n' "$p" "$field" "$EPOCH"; done
        printf 'sif "%s" uid 0\nsif "%s" gid 0\n' "$p" "$p"
    done > "$WORK/debugfs.cmds"
    E2FSPROGS_FAKE_TIME="$EPOCH" debugfs -w -f "$WORK/debugfs.cmds" "$STAGE/disk.ext4" >>"$LOG" 2>&1 ||
        die "debugfs could not set the inode times in disk.ext4; see $SHOWN_LOG"
fi

wait "$GZIP_PID" || die "gzip of the initramfs failed"
GZIP_PID=""

# ------------------------------------------------------------------------- install
cp "$KIMAGE" "$STAGE/Image"
chmod 0644 "$STAGE"/*
{
    echo "# rvisor guest, made by scripts/build-guest.sh (see guest/README.md)"
    echo "inputs=$INPUTS"
    echo "kernel=$KVER package_version=$(deb_version "$KERNEL_DEB")"
    echo "busybox=$(deb_version "$BUSYBOX_DEB") applets=$(find "$ROOT/bin" -type l | wc -l)"
    echo "suite=$SUITE"
    echo "source_date_epoch=$EPOCH"
    echo "modules=$(tr '\n' ' ' < "$WORK/load-order" | sed 's/ $//')"
    echo "extra_modules=$(tr '\n' ' ' < "$WORK/extra-order" | sed 's/ $//')"
    (cd "$STAGE" && sha256sum "${ARTEFACTS[@]}")
} > "$STAGE/manifest.txt.new"
cp "$WORK/load-order" "$STAGE/modules.load"
# The old manifest goes first, so an interrupted install is never taken as up to date.
rm -f "$OUT/.stamp" "$OUT/manifest.txt"
[ "$MKDISK" = 1 ] || rm -f "$OUT/disk.ext4"
for f in "${ARTEFACTS[@]}" modules.load; do mv -f "$STAGE/$f" "$OUT/$f"; done
mv -f "$STAGE/manifest.txt.new" "$OUT/manifest.txt"
rmdir "$STAGE"; STAGE=""
stamp > "$OUT/.stamp"
BUILT=1

say "built in $(awk -v a="$T_START" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s" \
    "($(wc -l < "$OUT/modules.load") modules, $(find "$ROOT/bin" -type l | wc -l) busybox applet links)"
report "built"
