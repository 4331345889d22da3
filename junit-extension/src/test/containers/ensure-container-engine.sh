#!/usr/bin/env bash
# Makes a Docker-compatible container engine answer for the TESTCONTAINERS backend's tests, on a
# Debian machine where no Docker engine runs: rootful podman from Debian's packages, its API socket,
# and a minimal Debian base image built locally (no image registry is needed or used).
#
# Run by the build (profile container-engine of spark-connect-junit). It never fails the build:
# where it cannot provide an engine (not root, no apt-get, no network to Debian's packages) it says
# why and exits 0, and the container tests are then skipped with that reason.
#
#   ensure-container-engine.sh CACHE_DIR
set -u
CACHE_DIR="${1:-$HOME/.cache/spark-connect-java/containers}"
SOCKET=/run/podman/podman.sock
BASE_IMAGE=localhost/spark-connect-java/debian-base:bookworm
mkdir -p "$CACHE_DIR"
LOG="$CACHE_DIR/ensure-container-engine.log"

say() { echo "[container engine] $*"; }

if [ -n "${DOCKER_HOST:-}" ] || [ -S /var/run/docker.sock ]; then
  say "a Docker engine is configured (DOCKER_HOST or /var/run/docker.sock); nothing to do"
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  say "no Docker engine, and podman can only be set up here as root on Debian: container tests will be skipped"
  exit 0
fi

if ! command -v podman >/dev/null 2>&1 || ! command -v debootstrap >/dev/null 2>&1; then
  say "installing podman from Debian's packages (log: $LOG)"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q podman runc slirp4netns fuse-overlayfs uidmap \
      iptables debootstrap curl >"$LOG" 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get update -q >>"$LOG" 2>&1
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q podman runc slirp4netns fuse-overlayfs uidmap \
        iptables debootstrap curl >>"$LOG" 2>&1; then
      say "could not install podman (see $LOG): container tests will be skipped"
      exit 0
    fi
  fi
fi

CONF=/etc/containers/containers.conf
if ! grep -q 'spark-connect-java' "$CONF" 2>/dev/null; then
  mkdir -p /etc/containers
  cat >>"$CONF" <<'CONFIG'
# spark-connect-java: settings under which rootful podman runs on this kind of machine
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONFIG
fi

if ! curl -s --max-time 2 --unix-socket "$SOCKET" http://d/_ping >/dev/null 2>&1; then
  say "starting the podman API service on $SOCKET"
  mkdir -p "$(dirname "$SOCKET")"
  # From /: the service outlives this build, and its children must not inherit a folder that goes away.
  # The subshell's own output goes to the log too, and exec leaves no shell holding the build's pipes
  # (the build waits for them to close).
  (cd / && exec setsid nohup podman system service --time=0 "unix://$SOCKET") >>"$LOG" 2>&1 < /dev/null &
  for _ in $(seq 1 50); do
    curl -s --max-time 1 --unix-socket "$SOCKET" http://d/_ping >/dev/null 2>&1 && break
    sleep 0.2
  done
fi
if ! curl -s --max-time 2 --unix-socket "$SOCKET" http://d/_ping >/dev/null 2>&1; then
  say "the podman API service did not answer (see $LOG): container tests will be skipped"
  exit 0
fi

if ! podman image exists "$BASE_IMAGE" 2>/dev/null; then
  MIRROR="$(grep -h -m1 '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}')"
  if [ -z "$MIRROR" ]; then
    MIRROR="$(grep -h -m1 '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}')"
  fi
  ROOTFS="$CACHE_DIR/rootfs"
  rm -rf "$ROOTFS"
  say "building the base image $BASE_IMAGE with debootstrap from this machine's Debian mirror (log: $LOG)"
  if ! debootstrap --variant=minbase bookworm "$ROOTFS" "$MIRROR" >>"$LOG" 2>&1; then
    say "debootstrap failed (see $LOG): container tests will be skipped"
    exit 0
  fi
  tar -C "$ROOTFS" -c . | podman import - "$BASE_IMAGE" >>"$LOG" 2>&1
  rm -rf "$ROOTFS"
fi
say "podman answers on unix://$SOCKET with base image $BASE_IMAGE"
