#!/usr/bin/env bash
# spec/integration/release.sh - the release as a user gets it, offline: `make
# check-release`, the tarball of `make dist`, a source rock packed from it with
# a copy of the release rockspec whose source is that tarball (file://), then
# `luarocks install` of the .src.rock into fresh trees for Lua 5.4 and for
# LuaJIT, and a smoke test from each tree (require, classify, bounces, the
# smtperr command). See README.md.
# Run from anywhere: bash spec/integration/release.sh

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
ROOT=$(cd "$HERE/../.." && pwd -P)
. "$HERE/lib.sh"

B=$ROOT/build/integration/release
VERSION=$(sed -n 's/^VERSION *:= *//p' "$ROOT/Makefile")
NAME=smtperr-$VERSION
ROCKSPEC=rockspec/smtperr-$VERSION-1.rockspec

rm -rf "$B"
mkdir -p "$B/home" "$B/pack"
# A private HOME, and LuaRocks with no server at all: nothing may come from the network.
export HOME=$B/home
printf 'rocks_servers = {}\n' > "$B/config.lua"
export LUAROCKS_CONFIG=$B/config.lua
unset LUA_PATH LUA_CPATH LUA_PATH_5_4 LUA_CPATH_5_4 LUA_INIT LUA_INIT_5_4

expect_eq "the Makefile's VERSION is a release number" yes "$(grep -qE '^[0-9]+\.[0-9]+\.[0-9]+$' <<<"$VERSION" && echo yes)"

out=$(make -s -C "$ROOT" check-release 2>&1)
if [ $? -eq 0 ]; then
  ok "make check-release: $out"
else
  not_ok "make check-release: $(tr '\n' ';' <<<"$out" | sed 's/;make.*//; s/;$//')"
fi

out=$(cd "$ROOT" && timeout 30 luarocks --lua-version 5.4 lint "$ROCKSPEC" 2>&1)
if [ $? -eq 0 ]; then ok "luarocks lint $ROCKSPEC"; else not_ok "luarocks lint $ROCKSPEC: $(tr '\n' ' ' <<<"$out")"; fi

# --- the tarball ------------------------------------------------------------------
TARBALL=$B/$NAME.tar.gz
if out=$(make -s -C "$ROOT" dist-tarball DISTDIR="$B" 2>&1) && [ -s "$TARBALL" ]; then
  ok "make dist-tarball DISTDIR=build/integration/release -> $NAME.tar.gz ($(du -k "$TARBALL" | cut -f1) KB)"
else
  bail "make dist-tarball: $(tail -2 <<<"$out" | tr '\n' ' ')"
fi
grep -q '^note:' <<<"$out" && note "$(grep '^note:' <<<"$out")"
mv "$TARBALL" "$B/first.tar.gz"
make -s -C "$ROOT" dist-tarball DISTDIR="$B" >/dev/null 2>&1
check "the tarball is reproducible (made twice, the same bytes)" cmp -s "$B/first.tar.gz" "$TARBALL"
listing=$(tar -tzf "$TARBALL" 2>/dev/null)
expect_eq "every path in the tarball is under $NAME/" "" "$(grep -v "^$NAME/" <<<"$listing")"
missing=""
for f in CHANGELOG.md README.md Makefile doc/api.md doc/smtperr.1 "$ROCKSPEC" rockspec/smtperr-scm-1.rockspec \
         src/smtperr.h src/lsmtperr.c lua/smtperr-cli.lua examples/imapfilter-bounces.lua; do
  grep -qx "$NAME/$f" <<<"$listing" || missing="$missing $f"
done
expect_eq "the tarball has CHANGELOG.md, the docs, both rockspecs, the sources and the examples" "" "$missing"
expect_eq "no build products in the tarball" "" "$(grep -E "^$NAME/build/|\.(o|so|rock)$" <<<"$listing" | head -3)"
check "its CHANGELOG.md has the $VERSION entry" bash -c 'tar -xzOf "$1" "$2/CHANGELOG.md" | grep -q "^## $3\b"' _ "$TARBALL" "$NAME" "$VERSION"

# --- the source rock, from the tarball ---------------------------------------------
# The release rockspec as published, but fetching the local tarball.
sed -e "s|^  url = \"git+https://github.com/smtperr/smtperr.git\",|  url = \"file://$TARBALL\",|" \
    -e '/^  tag = /d' "$ROOT/$ROCKSPEC" > "$B/pack/smtperr-$VERSION-1.rockspec"
if grep -qF "file://$TARBALL" "$B/pack/smtperr-$VERSION-1.rockspec" && ! grep -q '^  tag = ' "$B/pack/smtperr-$VERSION-1.rockspec"; then
  ok "a copy of $ROCKSPEC with source.url = file://.../$NAME.tar.gz"
else
  bail "the release rockspec's source lines changed: update the sed in release.sh"
fi
SRCROCK=$B/pack/smtperr-$VERSION-1.src.rock
out=$(cd "$B/pack" && timeout 60 luarocks --lua-version 5.4 pack "smtperr-$VERSION-1.rockspec" 2>&1)
if [ -s "$SRCROCK" ]; then
  ok "luarocks pack -> smtperr-$VERSION-1.src.rock"
else
  bail "luarocks pack: $(tail -3 <<<"$out" | tr '\n' ' ')"
fi
expect_eq "the source rock holds the rockspec and the tarball" "smtperr-$VERSION-1.rockspec $NAME.tar.gz" \
  "$(/usr/bin/python3 -c 'import sys, zipfile; print(" ".join(sorted(zipfile.ZipFile(sys.argv[1]).namelist())))' "$SRCROCK" 2>&1)"

PROBE='
local s = require "smtperr"
local r = s.classify("451 4.7.1 Greylisting in action, please come back in 00:05:00")
print(s._VERSION, r.reason, r.retry_after)
local f = assert(io.open(arg[1], "rb"))
local text = f:read("*a")
f:close()
local ok, b, err = pcall(s.bounces, text)
local rc = ok and b and b.recipients[1] or {}
print(ok and (b and b.kind or err) or ("error: " .. tostring(b)), rc.recipient, rc.reason, rc.bounce)'

# install LUAVER TREE LABEL INTERP [luarocks args...]: the .src.rock into a new tree, then the smoke test.
install() {
  local ver=$1 tree=$2 label=$3 interp=$4
  shift 4
  local log=$B/install-$label.log paths out
  rm -rf "$tree"
  if (cd "$B" && timeout 300 luarocks --lua-version "$ver" install --tree "$tree" "$SRCROCK" "$@") >"$log" 2>&1 \
     && grep -q "smtperr $VERSION-1 is now installed" "$log"; then
    ok "$label: luarocks --lua-version $ver install --tree build/integration/release/$(basename "$tree") smtperr-$VERSION-1.src.rock${*:+ $*}"
  else
    not_ok "$label: luarocks install: $(grep -v '^$' "$log" | tail -2 | tr '\n' ' ')"
    return
  fi
  expect_eq "$label: luarocks list --tree shows smtperr $VERSION-1" "smtperr $VERSION-1 installed" \
    "$(timeout 30 luarocks --lua-version "$ver" list --tree "$tree" --porcelain 2>/dev/null | awk '{print $1, $2, $3}')"
  paths=$(luarocks --lua-version "$ver" path --tree "$tree" 2>/dev/null)
  expect_eq "$label: $interp, from /, finds smtperr in the tree" "$tree/lib/lua/$ver/smtperr.so" \
    "$(cd / && eval "$paths" && timeout 10 "$interp" -e 'io.write(package.searchpath("smtperr", package.cpath) or "none")' 2>&1)"
  out=$(cd / && eval "$paths" && timeout 10 "$interp" - "$ROOT/spec/fixtures/bounces/lhost-postfix-33.eml" <<<"$PROBE" 2>&1)
  expect_eq "$label: _VERSION, classify (greylisted, retry_after 300)" "smtperr $VERSION	greylisted	300" "$(head -1 <<<"$out")"
  expect_eq "$label: bounces (a Postfix DSN: userunknown@libsisimai.org, user_unknown, hard)" \
    "bounce	userunknown@libsisimai.org	user_unknown	hard" "$(sed -n 2p <<<"$out")"
  out=$(cd / && timeout 10 "$tree/bin/smtperr" --version 2>&1)
  expect_eq "$label: the tree's smtperr --version" "smtperr $VERSION" "$(cut -d' ' -f1-2 <<<"$out")"
  out=$(cd / && timeout 10 "$tree/bin/smtperr" explain --lang fr "550 5.1.1 User unknown" 2>&1)
  check "$label: the tree's smtperr explain --lang fr exits 0 with the French paragraph" \
    grep -q "rebond dur" <<<"$out"
}
install 5.4 "$B/tree54" lua5.4 lua5.4
install 5.1 "$B/treejit" luajit luajit LUA_INCDIR=/usr/include/luajit-2.1
if cmp -s "$B/tree54/lib/lua/5.4/smtperr.so" "$B/treejit/lib/lua/5.1/smtperr.so"; then
  not_ok "the 5.4 and LuaJIT trees hold the same .so"
else
  ok "the 5.4 and LuaJIT trees hold different builds"
fi
