#!/usr/bin/env bash
# spec/integration/install.sh - `make install` into a staging folder (DESTDIR),
# the installed command, `man smtperr` from there, the manual page against the
# command's own help (every command and option documented), then `make
# uninstall`. See README.md.
# Run from anywhere: bash spec/integration/install.sh

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
ROOT=$(cd "$HERE/../.." && pwd -P)
. "$HERE/lib.sh"

STAGE=$ROOT/build/stage
P=$STAGE/usr
unset LUA_PATH LUA_CPATH LUA_PATH_5_4 LUA_CPATH_5_4 LUA_INIT LUA_INIT_5_4 MANPATH

rm -rf "$STAGE"
if out=$(timeout 300 make -s -C "$ROOT" install DESTDIR="$STAGE" PREFIX=/usr 2>&1); then
  ok "make install DESTDIR=build/stage PREFIX=/usr"
else
  bail "make install failed: $(tail -2 <<<"$out" | tr '\n' ' ')"
fi

for f in bin/smtperr lib/lua/5.4/smtperr.so share/lua/5.4/smtperr/cli/init.lua share/man/man1/smtperr.1; do
  check "installed: /usr/$f" test -s "$P/$f"
done
check "the command is executable and runs lua5.4" bash -c '[ -x "$1" ] && head -1 "$1" | grep -qx "#!/usr/bin/env lua5.4"' _ "$P/bin/smtperr"

# The installed command, with only the staged paths.
smtperr_() {
  LUA_CPATH="$P/lib/lua/5.4/?.so" LUA_PATH="$P/share/lua/5.4/?.lua;$P/share/lua/5.4/?/init.lua" \
    timeout 10 "$P/bin/smtperr" "$@"
}
out=$(smtperr_ lookup 550 2>&1)
check "the installed smtperr lookup 550 runs from the staged files" grep -q '^550 ' <<<"$out"

# man, looking where make install put the page.
page=$(MANPATH=$P/share/man MANWIDTH=100 timeout 20 man smtperr 2>&1 | col -b)
if grep -q '^NAME' <<<"$page" && grep -qE '^ +smtperr +- explain SMTP replies' <<<"$page"; then
  ok "MANPATH=build/stage/usr/share/man man smtperr renders the page ($(wc -l <<<"$page") lines)"
else
  not_ok "man smtperr: $(head -3 <<<"$page" | tr '\n' ' ')"
fi
for section in SYNOPSIS DESCRIPTION COMMANDS OPTIONS "EXIT STATUS" ENVIRONMENT EXAMPLES "SEE ALSO"; do
  check "the page has the section $section" grep -qx "$section" <<<"$page"
done
warnings=$(LC_ALL=C.UTF-8 groff -man -ww -z "$ROOT/doc/smtperr.1" 2>&1)
expect_eq "groff -man -ww finds nothing to warn about in doc/smtperr.1" "" "$warnings"

# The page against the command's own help: every command it lists, every
# option of every command, and the exit statuses.
commands=$(smtperr_ help | sed -n '/^Commands:/,/^$/p' | awk 'NF && !/^Commands:/ {print $1}')
check "smtperr help lists commands" test -n "$commands"
missing=""
for c in $commands; do
  grep -qE "^ {7}$c( |$)" <<<"$page" || missing="$missing $c"
done
expect_eq "every command of 'smtperr help' has its entry in the page's COMMANDS ($(tr '\n' ' ' <<<"$commands" | sed 's/ $//'))" "" "$missing"
missing=""
for c in $commands; do
  [ "$c" = help ] && continue
  line=$(grep -E "^ {7}$c " <<<"$page" | head -1)
  for o in $(smtperr_ help "$c" | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
    grep -qE -- "^ {7}(-h, )?$o( |$)" <<<"$page" || missing="$missing $c:$o"
    [ "$o" = --help ] || grep -qF -- "$o" <<<"$line" || missing="$missing $c:$o(not in its COMMANDS line)"
  done
done
expect_eq "every option of every 'smtperr help COMMAND' has its entry in OPTIONS and is in its command's line" "" "$missing"
missing=""
for o in --help --version; do
  grep -qE -- "^ {7}(-h, )?$o" <<<"$page" || missing="$missing $o"
done
expect_eq "the page documents --help and --version" "" "$missing"
statuses=$(sed -n '/^EXIT STATUS/,/^[A-Z]/p' <<<"$page" | grep -oE '^ {7}[0-9]+ ' | tr -d ' ' | tr '\n' ' ')
expect_eq "EXIT STATUS lists 0, 1 and 2 (what 'smtperr help' promises)" "0 1 2 " "$statuses"

if out=$(make -s -C "$ROOT" uninstall DESTDIR="$STAGE" PREFIX=/usr 2>&1); then
  ok "make uninstall DESTDIR=build/stage PREFIX=/usr"
else
  not_ok "make uninstall: $(tail -2 <<<"$out" | tr '\n' ' ')"
fi
expect_eq "nothing is left in build/stage but empty folders" "" "$(find "$STAGE" -type f | sed "s|$STAGE||" | tr '\n' ' ')"
