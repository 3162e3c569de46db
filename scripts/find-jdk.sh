# Sourced by ./newsfuse and ./run-tests: sets JAVA_HOME to the newest JDK >= 21 it finds
# (JAVA_HOME first, then the usual JVM folders, then javac on the PATH), or exits with a clear error.
java_major() { "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'; }
# The major version a JDK folder's `release` file states (no JVM started), else what its java says.
jdk_major() {
  local v=""
  [ -f "$1/release" ] && v="$(awk -F'"' '/^JAVA_VERSION=/ {split($2, p, "."); print (p[1] == "1" ? p[2] : p[1]); exit}' "$1/release")"
  [[ "$v" =~ ^[0-9]+$ ]] && echo "$v" || java_major "$1/bin/java"
}

find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for d in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$d" ] && candidates+=("$d")
  done
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  local best="" best_v=0 c v
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    v="$(jdk_major "$c")"
    [[ "$v" =~ ^[0-9]+$ ]] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$c"; best_v="$v"; fi
  done
  if [ -z "$best" ]; then
    echo "newsfuse: no JDK 21 or newer found (looked at JAVA_HOME, /usr/lib/jvm, javac on PATH); install one or set JAVA_HOME" >&2
    return 3
  fi
  echo "$best"
}

JAVA_HOME="$(find_jdk)" || exit 3
export JAVA_HOME
command -v mvn >/dev/null 2>&1 || { echo "newsfuse: Maven (mvn) is needed to build; install it (apt-get install maven)" >&2; exit 3; }
