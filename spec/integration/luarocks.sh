#!/usr/bin/env bash
# spec/integration/luarocks.sh - the rockspec: lint, offline `luarocks make`
# into private trees for Lua 5.4 and for LuaJIT (5.1 tree, LuaJIT headers),
# then the installed module and command from fresh interpreters. See README.md.
# Run from anywhere: bash spec/integration/luarocks.sh

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
ROOT=$(cd "$HERE/../.." && pwd -P)
. "$HERE/lib.sh"

B=$ROOT/build/integration
ROCKSPEC=rockspec/smtperr-scm-1.rockspec
CLI=$ROOT/lua/smtperr-cli.lua

# A private HOME: no user config (~/.luarocks) changes the result, and
# nothing is written outside build/.
mkdir -p "$B/home"
export HOME=$B/home
unset LUA_PATH LUA_CPATH LUA_PATH_5_4 LUA_CPATH_5_4 LUA_INIT LUA_INIT_5_4

# The builtin backend compiles in the source folder (src/*.o, ./smtperr.so):
# remove them before each build, so the 5.4 and LuaJIT builds never mix, and
# at the end.
clean_src() { rm -f "$ROOT"/src/*.o "$ROOT/smtperr.so"; }
on_exit clean_src

R1='550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown'
R2='451 4.7.1 Greylisting in action, please come back in 00:05:00'
R3='421 4.7.0 Error: too many connections from 192.0.2.1'
# What the Lua probe below (read from stdin, replies as arguments) prints for R1, R2, R3 and explain(R1, "fr").
EXPECT='550|5.1.1|permanent|user_unknown|hard|remove_recipient|false
451|greylisted|transient|retry|300|true
rate_limited|slow_down
fr:yes'
PROBE='
local s = require "smtperr"
local function f(v) return v == nil and "-" or tostring(v) end
local a = s.classify(arg[1]); local b = s.classify(arg[2]); local c = s.classify(arg[3])
print(table.concat({ f(a.code), f(a.enhanced), f(a.class), f(a.reason), f(a.bounce), f(a.action), f(a.retry) }, "|"))
print(table.concat({ f(b.code), f(b.reason), f(b.class), f(b.action), f(b.retry_after), f(b.retry) }, "|"))
print(f(c.reason) .. "|" .. f(c.action))
local e = s.explain(arg[1], "fr")
print("fr:" .. ((e:find("échec définitif", 1, true) and e:find("Que faire", 1, true)) and "yes" or "no"))'

# The command-line tool is written by someone else right now: until it is
# more than a placeholder, only check that it is installed.
cli_is_placeholder() {
  [ "$(grep -cv '^[[:space:]]*$' "$CLI")" -le 5 ] && grep -q placeholder "$CLI"
}

# only_luaopen SO: the .so exports exactly one symbol, luaopen_smtperr.
exports() { nm -D --defined-only "$1" 2>/dev/null | awk '{print $NF}' | sort | tr '\n' ' ' | sed 's/ $//'; }

# rock LUAVER TREE LABEL INTERP [make args...]: one full round.
rock() {
  local ver=$1 tree=$2 label=$3 interp=$4
  shift 4
  local log=$B/luarocks-$label.log so=$tree/lib/lua/$ver/smtperr.so out got

  clean_src
  rm -rf "$tree"
  if (cd "$ROOT" && timeout 120 luarocks --lua-version "$ver" make "$ROCKSPEC" --tree "$tree" "$@") >"$log" 2>&1 \
     && grep -q 'smtperr scm-1 is now installed' "$log"; then
    ok "$label: luarocks --lua-version $ver make $ROCKSPEC --tree build/integration/$(basename "$tree")${*:+ $*}"
  else
    not_ok "$label: luarocks make failed: $(grep -v '^$' "$log" | tail -2 | tr '\n' ' ')"
    clean_src
    return
  fi
  clean_src

  # Compiled here, now, with the right headers.
  local inc=/usr/include/lua$ver
  [ "$label" = luajit ] && inc=/usr/include/luajit-2.1
  local ncc nbad
  ncc=$(grep -c -- '-c src/.*\.c' "$log")
  nbad=$(grep -- '-c src/.*\.c' "$log" | grep -vc -- "-I$inc ")
  if [ "$ncc" -ge 8 ] && [ "$nbad" -eq 0 ]; then
    ok "$label: all $ncc sources compiled in this run with -I$inc"
  else
    not_ok "$label: $ncc compile lines, $nbad without -I$inc"
  fi
  if [ ! -e "$ROOT/smtperr.so" ] && ! ls "$ROOT"/src/*.o >/dev/null 2>&1; then
    ok "$label: src/*.o and ./smtperr.so removed after the build"
  else
    not_ok "$label: build products left in the source folder"
  fi

  expect_eq "$label: the .so exports only luaopen_smtperr (nm -D --defined-only)" luaopen_smtperr "$(exports "$so")"

  # The ABI of the installed .so: the 5.4 build calls lua_newuserdatauv, a
  # 5.1/LuaJIT build calls lua_objlen (so a 5.4 leftover cannot pass here).
  local und
  und=$(nm -D --undefined-only "$so" 2>/dev/null | awk '{print $NF}')
  if [ "$ver" = 5.4 ]; then
    if grep -qx lua_newuserdatauv <<<"$und" && ! grep -qx lua_objlen <<<"$und"; then
      ok "$label: the installed .so is a Lua 5.4 build (uses lua_newuserdatauv)"
    else
      not_ok "$label: the installed .so is not a 5.4 build"
    fi
  else
    if grep -qx lua_objlen <<<"$und" && ! grep -qx lua_newuserdatauv <<<"$und"; then
      ok "$label: the installed .so is a 5.1-ABI build (uses lua_objlen, not lua_newuserdatauv)"
    else
      not_ok "$label: the installed .so is not a 5.1-ABI build"
    fi
  fi

  got=$(HOME=$HOME timeout 30 luarocks --lua-version "$ver" list --tree "$tree" --porcelain 2>/dev/null | awk '{print $1, $2, $3}')
  expect_eq "$label: luarocks list --tree shows the rock" "smtperr scm-1 installed" "$got"

  # A fresh interpreter, from another folder, with only the tree's paths
  # (luarocks path); package.searchpath must resolve into the tree.
  local paths
  paths=$(luarocks --lua-version "$ver" path --tree "$tree" 2>/dev/null)
  got=$(cd / && eval "$paths" && unset LUA_CPATH_5_4 LUA_PATH_5_4 &&
        timeout 10 "$interp" -e 'io.write(package.searchpath("smtperr", package.cpath) or "none")' 2>&1)
  expect_eq "$label: $interp resolves smtperr into the tree" "$so" "$got"

  out=$(cd / && eval "$paths" && timeout 10 "$interp" - "$R1" "$R2" "$R3" <<<"$PROBE" 2>&1)
  if [ "$out" = "$EXPECT" ]; then
    ok "$label: $interp classify: user_unknown/hard/remove_recipient, greylisted retry_after=300, rate_limited/slow_down; explain fr"
  else
    not_ok "$label: $interp classify: expected '$(tr '\n' ' ' <<<"$EXPECT")', got '$(tr '\n' ' ' <<<"$out")'"
  fi
  if [ "$label" = luajit ]; then
    got=$(cd / && eval "$paths" && timeout 10 luajit -e 'io.write(jit.version, " ", require"smtperr"._VERSION)' 2>&1)
    case $got in
      LuaJIT*smtperr*) ok "luajit: loads the tree's module ($got)" ;;
      *) not_ok "luajit: $got" ;;
    esac
  fi

  # The installed command.
  local bin=$tree/bin/smtperr
  if [ ! -x "$bin" ]; then
    not_ok "$label: $bin is missing or not executable"
  elif cli_is_placeholder; then
    if grep -q "rocks-$ver/smtperr/scm-1/bin/smtperr" "$bin"; then
      ok "$label: bin/smtperr installed (lua/smtperr-cli.lua is still a placeholder: --version not checked)"
    else
      not_ok "$label: bin/smtperr does not wrap the rock's smtperr script"
    fi
  else
    out=$(cd / && timeout 10 "$bin" --version 2>&1)
    local rc=$?
    if [ "$rc" -eq 0 ] && grep -q smtperr <<<"$out"; then
      ok "$label: bin/smtperr --version -> $(head -1 <<<"$out")"
    else
      not_ok "$label: bin/smtperr --version: status $rc, output '$(head -c 100 <<<"$out")'"
    fi
  fi

  # LuaRocks' builtin backend copies the whole lua/ folder into share/lua:
  # nothing there may take a generic top-level module name.
  local extra stray
  extra=$(cd "$tree/share/lua/$ver" 2>/dev/null && find . -name '*.lua' | sed 's|^\./||' | sort | tr '\n' ' ')
  stray=$(tr ' ' '\n' <<<"$extra" | grep -v -e '^$' -e '^smtperr-cli\.lua$' -e '^smtperr/' || true)
  if [ -z "$stray" ]; then
    ok "$label: the Lua files it installs stay under the smtperr name ($extra)"
  else
    not_ok "$label: the rock installs generic module names: $stray"
  fi
  return 0
}

# --- lint -------------------------------------------------------------------
out=$(cd "$ROOT" && timeout 30 luarocks --lua-version 5.4 lint "$ROCKSPEC" 2>&1)
rc=$?
if [ "$rc" -eq 0 ]; then
  ok "luarocks --lua-version 5.4 lint $ROCKSPEC${out:+ ($(tr '\n' ' ' <<<"$out"))}"
else
  not_ok "luarocks lint: status $rc: $(tr '\n' ' ' <<<"$out" | head -c 200)"
fi

rock 5.4 "$B/tree54" lua5.4 lua5.4
rock 5.1 "$B/treejit" luajit luajit LUA_INCDIR=/usr/include/luajit-2.1

if cmp -s "$B/tree54/lib/lua/5.4/smtperr.so" "$B/treejit/lib/lua/5.1/smtperr.so"; then
  not_ok "the 5.4 and LuaJIT trees hold the same .so"
else
  ok "the 5.4 and LuaJIT trees hold different builds"
fi
