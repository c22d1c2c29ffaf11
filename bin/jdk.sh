# Sourced by the bin/ scripts: exports JAVA_HOME as a JDK 21+ (Vaadin 25 and Spring Boot 4 need
# it), trying JAVA_HOME, then the JDKs under /usr/lib/jvm (newest first), then java on the PATH.
is_jdk21_or_newer() {
    [ -n "$1" ] && [ -x "$1/bin/java" ] && "$1/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'
}

find_jdk() {
    local candidate
    for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
        if is_jdk21_or_newer "${candidate%/}"; then echo "${candidate%/}"; return; fi
    done
    if command -v java >/dev/null; then
        candidate="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
        if is_jdk21_or_newer "$candidate"; then echo "$candidate"; return; fi
    fi
    return 1
}

if ! JAVA_HOME="$(find_jdk)"; then
    echo "Kaichuang needs a JDK 21 or newer (the default java may be older): install one or set JAVA_HOME" >&2
    exit 1
fi
export JAVA_HOME
