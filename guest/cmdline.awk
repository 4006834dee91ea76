# cmdline.awk - turn the rvguest.* parameters of /proc/cmdline into shell assignments.
#
# Parameters whose name contains a dot are kept by the kernel (as module parameters)
# and never reach init's argv or environment, so /init reads /proc/cmdline itself:
#     eval "$(awk -f /etc/rvguest/cmdline.awk /proc/cmdline)"
# Each rvguest.KEY=VALUE becomes RVG_KEY='VALUE' (single-quoted, safe for eval).
# Splitting follows the kernel's rules: words are separated by blanks outside double
# quotes, and one pair of quotes around a value (or around the whole word) is dropped,
# so rvguest.run="dd if=/dev/zero bs=1M count=8 | md5sum" yields the bare command.
# The kernel has no escape for a quote inside a value. A later duplicate wins.

BEGIN { Q = sprintf("%c", 39) }                 # a single quote

function unquote(s) {
    if (substr(s, 1, 1) == "\"") {
        s = substr(s, 2)
        if (substr(s, length(s), 1) == "\"") s = substr(s, 1, length(s) - 1)
    }
    return s
}

# shquote: VALUE in single quotes, each ' inside written as '\'' (no gsub: awks
# disagree on backslashes in replacement strings).
function shquote(s,    out, p) {
    out = ""
    while ((p = index(s, Q)) > 0) { out = out substr(s, 1, p - 1) Q "\\" Q Q; s = substr(s, p + 1) }
    return Q out s Q
}

function word(w,    eq, key, val) {
    w = unquote(w)
    if (substr(w, 1, 8) != "rvguest.") return
    eq = index(w, "=")
    if (eq == 0) { key = substr(w, 9); val = "" }
    else { key = substr(w, 9, eq - 9); val = unquote(substr(w, eq + 1)) }
    if (key !~ /^[a-z0-9_]+$/) return
    printf "RVG_%s=%s\n", key, shquote(val)
}

{
    n = length($0); w = ""; inq = 0
    for (i = 1; i <= n; i++) {
        c = substr($0, i, 1)
        if (c == "\"") inq = !inq
        if (!inq && (c == " " || c == "\t")) { if (w != "") word(w); w = "" }
        else w = w c
    }
    if (w != "") word(w)
}
