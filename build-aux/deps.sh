# shellcheck shell=bash
# Debian 12 packages needed to build, run and test Crm, and a function that
# installs the missing ones. Sourced by build-aux/run-tests and build-aux/run-crm.
#
# Set CRM_SKIP_DEPS=1 to skip the check (e.g. on a non-Debian system that
# already has everything).

CRM_DEBIAN_PACKAGES=(
  meson ninja-build gcc pkg-config gettext python3
  libglib2.0-dev libjson-glib-dev libsqlite3-dev
  libgtk-4-dev libadwaita-1-dev libsoup-3.0-dev libsecret-1-dev
  desktop-file-utils appstream
  xvfb xauth dbus-x11 gnome-keyring libsecret-tools imagemagick xdotool
  poppler-utils
  nodejs npm
  libclang-rt-14-dev
)

# Prints the packages of CRM_DEBIAN_PACKAGES that are not installed, one a line.
# A package counts as installed when dpkg has it, or when an installed package
# provides it (NodeSource's nodejs provides and conflicts with Debian's npm).
crm_missing_packages() {
  local pkg status provided="" have_provided=0

  for pkg in "${CRM_DEBIAN_PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    if [[ $status == *" ok installed" ]]; then
      continue
    fi
    if (( ! have_provided )); then
      provided=$(dpkg-query -W -f='${db:Status-Abbrev}|${Provides}\n' 2>/dev/null \
                 | sed -n 's/^ii *|//p' | tr ',' '\n' \
                 | sed -e 's/(.*//' -e 's/^ *//' -e 's/ *$//' | sort -u || true)
      have_provided=1
    fi
    if grep -qxF -- "$pkg" <<<"$provided"; then
      continue
    fi
    printf '%s\n' "$pkg"
  done
}

# Installs whatever crm_missing_packages reports, with apt-get; runs
# `apt-get update` first, and only when something is missing.
crm_install_missing_packages() {
  local -a missing sudo=()

  if [[ ${CRM_SKIP_DEPS:-} == 1 ]]; then
    return 0
  fi
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "warning: no dpkg/apt-get here; not checking the build dependencies" >&2
    return 0
  fi

  mapfile -t missing < <(crm_missing_packages)
  if (( ${#missing[@]} == 0 )); then
    return 0
  fi

  echo "Installing missing packages: ${missing[*]}" >&2
  if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "error: not root and sudo is missing; as root run:" >&2
      echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
      return 1
    fi
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
}
