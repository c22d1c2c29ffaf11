#!/bin/sh
# Entry point of the Kaichuang image: one image, two programs.
#   app [spring args...]       the web application (default)
#   tenants <command> [...]    the tenants CLI (create, list, migrate --all, suspend, resume, drop)
#   anything else              run as a command (e.g. sh), for debugging
# JAVA_OPTS is passed to the JVM unquoted, so it may hold several options.
set -eu

APP_DIR=/opt/kaichuang/app
CLI_JAR=/opt/kaichuang/kaichuang-tenants.jar

usage() {
    sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
}

if [ $# -eq 0 ]; then
    set -- app
fi

case "$1" in
    app)
        shift
        # shellcheck disable=SC2086
        exec java ${JAVA_OPTS:-} -cp "$APP_DIR" org.springframework.boot.loader.launch.JarLauncher "$@"
        ;;
    -*)
        # Spring arguments without the word "app", e.g. --server.port=9090
        # shellcheck disable=SC2086
        exec java ${JAVA_OPTS:-} -cp "$APP_DIR" org.springframework.boot.loader.launch.JarLauncher "$@"
        ;;
    tenants | kaichuang-tenants)
        shift
        # shellcheck disable=SC2086
        exec java ${JAVA_OPTS:-} -jar "$CLI_JAR" "$@"
        ;;
    help)
        usage
        ;;
    *)
        exec "$@"
        ;;
esac
