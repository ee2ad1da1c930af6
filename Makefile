# smtperr: build, test and install the Lua module and the smtperr command.
#
#   make deps run             install what the demo needs (apt-get), then run it
#   make deps-test check      install what the tests need, then run them all
#   make                      build build/lua5.4/smtperr.so
#   make LUA=luajit           the same for lua5.1, lua5.2, lua5.3 or luajit
#   make run                  scan the sample mail log and explain two replies (the demo)
#   make check                every test below, counted: "N passed, N failed"
#   make test [LUA=...]       run the busted specs on that Lua
#   make test-all             run them on all five
#   make integration          nginx + ngx_lua, Prosody, LuaRocks, the examples, imapfilter + Dovecot
#   make lint                 luacheck over the Lua code; cppcheck over the C
#   make warnings             gcc and clang, every Lua, -Wall -Wextra -Werror and more
#   make sanitize / valgrind  the specs under ASan+UBSan, then under valgrind
#   make check-threads        many lua_States in many threads, under ThreadSanitizer
#   make check-oom            every public function with the Nth allocation failing, every N
#   make fuzz [FUZZ_TIME=60]  libFuzzer: reply parser, rules, bounce reader, Lua API, log reader
#   make fuzz-long            the long fuzzing run README.md records (hours)
#   make bench                speed and memory against the floors
#   make generate [FRESH=1]   rebuild the C tables from src/data/
#   make check-generated      fail when the committed C tables are stale
#   make install / uninstall  PREFIX, DESTDIR, LUA_VERSION, INST_LIBDIR, INST_LUADIR, INST_BINDIR,
#                             INST_MANDIR (the module, the command, its modules, smtperr(1))
#   make dist                 the release tarball smtperr-$(VERSION).tar.gz (after check-release)
#   make check-release        the version agrees in the C header, the rockspec, the man page, CHANGELOG.md

VERSION   := 0.2.0
LUA       ?= lua5.4
LUAS      := lua5.1 lua5.2 lua5.3 lua5.4 luajit
LUA_VERSION ?= $(if $(filter luajit,$(LUA)),5.1,$(patsubst lua%,%,$(LUA)))
GEN_LUA   ?= lua5.4
CLANG     ?= clang-14

CFLAGS    ?= -O2
WARN      := -std=c99 -pedantic -Wall -Wextra -Werror -Wshadow -Wconversion \
             -Wstrict-prototypes -Wmissing-prototypes -Wundef -Wwrite-strings
PIC       := -fPIC -fvisibility=hidden
# Lua's headers: LUA_INCDIR as LuaRocks names it, else what pkg-config says.
LUA_INCDIR ?=
LUA_CFLAGS = $(if $(LUA_INCDIR),-I$(LUA_INCDIR),$(shell pkg-config --cflags $(LUA)))

BUILD     := build/$(LUA)
MODULE    := $(BUILD)/smtperr.so
# The sources, in one place: every rockspec lists the same (make lint checks).
CORE      := src/text.c src/table.c src/ac.c src/pattern.c src/parse.c src/classify.c src/rules.c \
             src/out.c src/explain.c src/arena.c src/mime.c src/json.c src/dsn.c \
             src/report.c src/bounce.c src/logline.c src/logtext.c src/logdata.c \
             src/gen_tables.c src/gen_automaton.c
BINDING   := src/lsmtperr.c src/lresult.c src/lrules.c src/lclassifier.c src/lbounces.c src/llog.c
SRCS      := $(CORE) $(BINDING)
HDRS      := $(wildcard src/*.h)

PREFIX    ?= /usr/local
INST_LIBDIR ?= $(PREFIX)/lib/lua/$(LUA_VERSION)
INST_LUADIR ?= $(PREFIX)/share/lua/$(LUA_VERSION)
INST_BINDIR ?= $(PREFIX)/bin
INST_MANDIR ?= $(PREFIX)/share/man

BUSTED    ?= /usr/bin/busted
BUSTED_FLAGS ?= -o plainTerminal
CLI       := lua/smtperr-cli.lua
CLI_MODULES := $(wildcard lua/smtperr/cli/*.lua)

.PHONY: all deps deps-test run check test test-all integration lint warnings sanitize valgrind \
        check-threads check-oom fuzz fuzz-build FORCE fuzz-one fuzz-long bench generate check-generated install uninstall dist dist-tarball \
        check-release clean

# Debian 12 packages: what building and running needs, and what the tests add.
DEPS      := gcc make pkg-config lua5.4 liblua5.4-dev lua-cjson
TEST_DEPS := $(DEPS) lua5.1 liblua5.1-0-dev lua5.2 liblua5.2-dev lua5.3 liblua5.3-dev \
             luajit2 libluajit2-5.1-dev lua-busted luarocks lua-check lua-dkjson \
             nginx libnginx-mod-http-lua prosody clang-14 libclang-rt-14-dev valgrind \
             cppcheck curl binutils lua-socket python3 imapfilter dovecot-imapd man-db git \
             time pflogsumm

# Installs the packages that are missing, with sudo unless root.
define apt_install
	@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null \
	  | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  echo "installing:" $$missing; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	    $$sudo apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
endef

all: $(MODULE)

deps:
	$(call apt_install,$(DEPS))

deps-test:
	$(call apt_install,$(TEST_DEPS))

check: $(MODULE)
	bash spec/check.sh

$(MODULE): $(SRCS) $(HDRS)
	@mkdir -p $(BUILD)
	$(CC) $(CFLAGS) $(WARN) $(PIC) $(LUA_CFLAGS) -shared -o $@ $(SRCS)

# The README's main command: the command on the bundled sample log.
run: $(MODULE)
	@LUA_CPATH="$(BUILD)/?.so;;" $(LUA) $(CLI) scan spec/fixtures/sample-mail.log
	@echo
	@LUA_CPATH="$(BUILD)/?.so;;" $(LUA) $(CLI) explain --lang fr \
	  "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy - gsmtp" \
	  "452 4.2.2 The email account that you tried to reach is over quota."

# The specs run the command as a process too: they get the interpreter and
# the module's folder from SMTPERR_LUA and SMTPERR_CPATH.
test: $(MODULE)
	SMTPERR_LUA=$(LUA) SMTPERR_CPATH="$(BUILD)/?.so" \
	  $(LUA) $(BUSTED) $(BUSTED_FLAGS) --cpath="$(BUILD)/?.so" spec

test-all:
	@for l in $(LUAS); do $(MAKE) --no-print-directory test LUA=$$l || exit 1; done

integration:
	bash spec/integration/luarocks.sh
	bash spec/integration/nginx.sh
	bash spec/integration/prosody.sh
	bash spec/integration/examples.sh
	bash spec/integration/imapfilter.sh

lint:
	luacheck --no-color lua spec src/data src/fuzz examples rockspec
	@for r in rockspec/*.rockspec; do \
	  $(GEN_LUA) -e "dofile('$$r') print(table.concat(build.modules.smtperr.sources, ' '))" \
	    | grep -qx '$(SRCS)' || { echo "$$r: its sources are not the Makefile's: $(SRCS)"; exit 1; }; \
	done
	cppcheck --quiet --error-exitcode=1 --enable=warning,style,performance,portability \
	  --std=c99 --inline-suppr -I src -DSE_GENERATOR $(filter-out src/gen_%,$(SRCS)) \
	  src/tools/mkdfa.c src/bench/floor.c src/tools/oom.c $(wildcard src/fuzz/*.c)

# Every Lua's headers, with gcc and with clang, and the extra tools.
warnings:
	@for cc in gcc $(CLANG); do for l in $(LUAS); do \
	  $(MAKE) --no-print-directory -B CC=$$cc LUA=$$l BUILD=build/warn-$$cc/$$l \
	    build/warn-$$cc/$$l/smtperr.so >/dev/null || exit 1; \
	  echo "$$cc $$l: clean"; done; done
	$(CLANG) $(WARN) -DSE_GENERATOR -fsyntax-only $(LUA_CFLAGS) src/tools/mkdfa.c src/bench/floor.c
	@for cc in gcc $(CLANG); do $$cc $(WARN) -fsyntax-only $(shell pkg-config --cflags lua5.4) \
	  $(wildcard src/fuzz/*.c) src/tools/threads.c src/tools/oom.c || exit 1; \
	  echo "$$cc: the harnesses and tools are clean"; done

# ASan and UBSan in the module, the runtime preloaded into the interpreter.
SAN_BUILD := build/sanitize/$(LUA)
SAN_FLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
$(SAN_BUILD)/smtperr.so: $(SRCS) $(HDRS)
	@mkdir -p $(SAN_BUILD)
	$(CLANG) $(SAN_FLAGS) $(WARN) -fPIC $(LUA_CFLAGS) -shared -o $@ $(SRCS)

sanitize: $(SAN_BUILD)/smtperr.so
	ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
	LD_PRELOAD=$$($(CLANG) -print-file-name=libclang_rt.asan-x86_64.so) \
	SMTPERR_LUA=$(LUA) SMTPERR_CPATH="$(SAN_BUILD)/?.so" \
	  $(LUA) $(BUSTED) $(BUSTED_FLAGS) --cpath="$(SAN_BUILD)/?.so" spec

# The specs under valgrind: no errors, no leak from the module. Then a
# state that makes and drops classifiers and closes: nothing may be left.
VALGRIND := valgrind --quiet --error-exitcode=99 --leak-check=full --suppressions=spec/valgrind.supp
valgrind: $(MODULE)
	SMTPERR_LUA=$(LUA) SMTPERR_CPATH="$(BUILD)/?.so" $(VALGRIND) --errors-for-leak-kinds=definite \
	  $(LUA) $(BUSTED) $(BUSTED_FLAGS) --cpath="$(BUILD)/?.so" spec
	LUA_CPATH="$(BUILD)/?.so" $(VALGRIND) --errors-for-leak-kinds=all $(LUA) spec/leakcheck.lua

check-threads:
	@mkdir -p build/threads
	$(CLANG) -O1 -g -fsanitize=thread $(WARN) $(shell pkg-config --cflags lua5.4) -Isrc \
	  -o build/threads/threads src/tools/threads.c $(SRCS) $(shell pkg-config --libs lua5.4) -lpthread
	build/threads/threads

# Out of memory at every allocation (src/tools/oom.c): every public function
# with a lua_State whose allocator fails the Nth allocation, for every N,
# under ASan, UBSan and LeakSanitizer, on each Lua of OOM_LUAS.
OOM_LUAS  ?= lua5.4 lua5.3 lua5.2 lua5.1 luajit
OOM_FLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
OOM_CORE_OBJS := $(patsubst src/%.c,build/oom/obj/%.o,$(CORE))
build/oom/obj/%.o: src/%.c $(HDRS)
	@mkdir -p $(@D)
	$(CLANG) $(OOM_FLAGS) $(WARN) -c -o $@ $<

# The core is built once; the binding and the harness for each Lua.
build/oom/%/oom: src/tools/oom.c $(BINDING) $(OOM_CORE_OBJS) $(HDRS)
	@mkdir -p $(@D)
	$(CLANG) $(OOM_FLAGS) $(WARN) $(shell pkg-config --cflags $*) -o $@ src/tools/oom.c $(BINDING) \
	  $(OOM_CORE_OBJS) $(shell pkg-config --libs $*)

check-oom: $(foreach l,$(OOM_LUAS),build/oom/$(l)/oom)
	@reader=; for l in $(OOM_LUAS); do \
	  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 build/oom/$$l/oom $$reader || exit 1; \
	  reader=--no-reader; \
	done

# libFuzzer, one harness per reader (src/fuzz/fuzz_NAME.c): core (the reply
# parser and classifier), rules (rules-file lines, patterns, the rules
# compiler), bounce (the bounce reader), lua (the Lua API through a
# lua_State), logline (a log line read alone, a log fed to a reader). Seeds
# come from the fixtures (lua/smtperr/tools/fuzz-seeds.lua, under
# FUZZ_DIR/seeds/NAME); what the fuzzer finds goes to
# FUZZ_DIR/corpus/NAME. FUZZ_TIME: seconds per harness. A new harness: its
# name in FUZZERS, src/fuzz/fuzz_NAME.c, a seeds entry in fuzz-seeds.lua,
# and FUZZ_LINK_NAME when it needs the binding.
FUZZERS   := core rules bounce lua logline
FUZZ_TIME ?= 60
FUZZ_LEN_core := 65536
FUZZ_LEN_rules := 16384
FUZZ_LEN_bounce := 131072
FUZZ_LEN_lua := 65536
FUZZ_LEN_logline := 65536
FUZZ_LUA  := lua5.4
# The sanitizers and the folder of a build: the long run builds apart with
# UBSan only (ASan makes the core's harness four times slower), then
# replays what it kept under the ASan build.
FUZZ_SAN  ?= address,undefined
FUZZ_DIR  ?= build/fuzz
FUZZ_FLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=$(FUZZ_SAN) -fno-sanitize-recover=all
# Coverage options after libFuzzer's own: FUZZ_COV=-fno-sanitize-coverage=trace-cmp
# leaves out the comparison tracing (about 60% of the core harness's time)
# for a run that counts executions over a corpus already grown with it.
FUZZ_COV  ?=
FUZZ_OBJ  := $(FUZZ_DIR)/obj
# The flags a build was made with: when they change (FUZZ_SAN, FUZZ_COV),
# its objects and harnesses are made again.
FUZZ_STAMP := $(FUZZ_OBJ)/flags
FUZZ_CORE_OBJS := $(patsubst src/%.c,$(FUZZ_OBJ)/%.o,$(CORE))
FUZZ_BINDING_OBJS := $(patsubst src/%.c,$(FUZZ_OBJ)/%.o,$(BINDING))
FUZZ_LINK_lua := $(FUZZ_BINDING_OBJS) $(shell pkg-config --libs $(FUZZ_LUA) 2>/dev/null) \
                 -DFUZZ_LUA_DRIVER='"$(CURDIR)/src/fuzz/fuzz_lua.lua"' $(shell pkg-config --cflags $(FUZZ_LUA) 2>/dev/null)
FUZZ_RUN   = -rss_limit_mb=4096 -max_len=$(FUZZ_LEN_$(1)) -print_final_stats=1 \
             -artifact_prefix=$(FUZZ_DIR)/crash-$(1)- $(FUZZ_DIR)/corpus/$(1) $(FUZZ_DIR)/seeds/$(1)

$(FUZZ_STAMP): FORCE
	@mkdir -p $(@D)
	@echo '$(FUZZ_FLAGS) $(FUZZ_COV)' | cmp -s - $@ || echo '$(FUZZ_FLAGS) $(FUZZ_COV)' > $@

$(FUZZ_OBJ)/%.o: src/%.c $(HDRS) $(FUZZ_STAMP)
	@mkdir -p $(FUZZ_OBJ)
	$(CLANG) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link $(FUZZ_COV) $(shell pkg-config --cflags $(FUZZ_LUA) 2>/dev/null) -c -o $@ $<

$(FUZZ_DIR)/fuzz_%: src/fuzz/fuzz_%.c $(FUZZ_CORE_OBJS) $(FUZZ_BINDING_OBJS) $(FUZZ_STAMP)
	$(CLANG) $(FUZZ_FLAGS) -fsanitize=fuzzer $(FUZZ_COV) -o $@ $< $(FUZZ_CORE_OBJS) $(FUZZ_LINK_$*)

fuzz-build: $(addprefix $(FUZZ_DIR)/fuzz_,$(FUZZERS))
	@$(GEN_LUA) lua/smtperr/tools/fuzz-seeds.lua $(FUZZ_DIR)/seeds $(FUZZERS)
	@for f in $(FUZZERS); do mkdir -p $(FUZZ_DIR)/corpus/$$f; done

fuzz: fuzz-build
	@for f in $(FUZZERS); do \
	  $(MAKE) --no-print-directory fuzz-one FUZZ_NAME=$$f || exit 1; \
	done

# The long run of README.md's "Fuzzing": FUZZ_JOBS processes per harness,
# NAME:SECONDS[:RUNS] each (see src/fuzz/long.sh), built with UBSan in
# build/fuzz-long; then every input it kept, run once by the ASan build.
FUZZ_JOBS ?= 2
FUZZ_LONG ?= lua:300 bounce:300 logline:300 rules:300 core:3600:49000000
fuzz-long:
	$(MAKE) --no-print-directory fuzz-build FUZZ_DIR=build/fuzz-long FUZZ_SAN=undefined
	$(MAKE) --no-print-directory fuzz-build
	$(foreach f,$(FUZZERS),FUZZ_LEN_$(f)=$(FUZZ_LEN_$(f))) FUZZ_DIR=build/fuzz-long \
	  bash src/fuzz/long.sh $(FUZZ_JOBS) $(FUZZ_LONG)
	@for f in $(FUZZERS); do \
	  printf 'replayed under ASan+UBSan: %s: ' $$f; \
	  build/fuzz/fuzz_$$f -runs=0 -rss_limit_mb=4096 -max_len=$$(( 2 * 131072 )) \
	    build/fuzz-long/corpus/$$f > build/fuzz-long/replay-$$f.log 2>&1 || { echo FAILED; exit 1; }; \
	  ls build/fuzz-long/corpus/$$f | wc -l | tr -d '\n'; echo ' inputs, no finding'; \
	done

# One harness for FUZZ_TIME seconds; its whole output in FUZZ_DIR/NAME.log.
fuzz-one:
	@echo "fuzz_$(FUZZ_NAME): $(FUZZ_TIME) s, log in $(FUZZ_DIR)/$(FUZZ_NAME).log"
	@$(FUZZ_DIR)/fuzz_$(FUZZ_NAME) -max_total_time=$(FUZZ_TIME) $(call FUZZ_RUN,$(FUZZ_NAME)) \
	  > $(FUZZ_DIR)/$(FUZZ_NAME).log 2>&1; rc=$$?; \
	grep -aE '^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::(number_of_executed_units|average_exec_per_sec)|ERROR|SUMMARY|fuzz_lua:|Test unit written' \
	  $(FUZZ_DIR)/$(FUZZ_NAME).log | sed 's/^/  /'; exit $$rc

# Speed and memory against the floors of src/bench/floor.c (see lua/smtperr/tools/bench.lua).
BENCH_BUILD := build/bench/$(LUA)
$(BENCH_BUILD)/floor.so: src/bench/floor.c
	@mkdir -p $(BENCH_BUILD)
	$(CC) $(CFLAGS) $(WARN) $(PIC) $(LUA_CFLAGS) -shared -o $@ $<

# On one core (taskset, when installed): a process the scheduler moves
# between cores can run at half speed for its whole life on a VM.
BENCH_PIN := $(shell command -v taskset >/dev/null 2>&1 && echo taskset -c 0)
bench: $(MODULE) $(BENCH_BUILD)/floor.so
	LUA_CPATH="$(BUILD)/?.so;$(BENCH_BUILD)/?.so;;" $(BENCH_PIN) $(LUA) lua/smtperr/tools/bench.lua $(BENCH_FLAGS)

# The C tables come from src/data/ in two steps: the Lua generator writes
# gen_tables.[ch]; mkdfa compiles their phrases into gen_automaton.c with
# the run-time automaton builder, keeping the committed automaton's layout
# wherever the phrases allow (so a new phrase changes few lines). With
# FRESH=1 it lays the automaton out anew, packing first the nodes that
# matching src/data/heat-sample.txt visits most. $(call gen,DIR) does both
# in a copy of the sources under DIR.
PREVIOUS  := $(if $(FRESH),,src/gen_automaton.c)
define gen
	@rm -rf $(1) && mkdir -p $(1)/tools
	@cp src/*.h src/ac.c src/pattern.c $(1)/ && cp src/tools/mkdfa.c $(1)/tools/
	@$(GEN_LUA) lua/smtperr/tools/gen-tables.lua src/data $(1)
	@$(CC) -O1 $(WARN) -DSE_GENERATOR -o $(1)/mkdfa $(1)/tools/mkdfa.c $(1)/ac.c $(1)/pattern.c $(1)/gen_tables.c
	@$(1)/mkdfa src/data/heat-sample.txt $(PREVIOUS) > $(1)/gen_automaton.c
endef

GENERATED := gen_tables.h gen_tables.c gen_automaton.c

generate:
	$(call gen,build/gen)
	@for f in $(GENERATED); do cp build/gen/$$f src/$$f; done
	@head -2 src/gen_automaton.c | tail -1

check-generated:
	$(call gen,build/check)
	@for f in $(GENERATED); do \
	  cmp -s build/check/$$f src/$$f || { echo "src/$$f is stale: run 'make generate'"; exit 1; }; \
	done
	@echo "generated tables are up to date"

# The command is installed with the interpreter it was built for; its
# modules (smtperr.cli) go where that interpreter's package.path looks, and
# its manual page where man looks (man smtperr).
install: $(MODULE)
	install -d $(DESTDIR)$(INST_LIBDIR) $(DESTDIR)$(INST_BINDIR) $(DESTDIR)$(INST_LUADIR)/smtperr/cli \
	  $(DESTDIR)$(INST_MANDIR)/man1
	install -m 0755 $(MODULE) $(DESTDIR)$(INST_LIBDIR)/smtperr.so
	install -m 0644 $(CLI_MODULES) $(DESTDIR)$(INST_LUADIR)/smtperr/cli/
	sed '1s|.*|#!/usr/bin/env $(LUA)|' $(CLI) > $(DESTDIR)$(INST_BINDIR)/smtperr
	chmod 0755 $(DESTDIR)$(INST_BINDIR)/smtperr
	install -m 0644 doc/smtperr.1 $(DESTDIR)$(INST_MANDIR)/man1/smtperr.1

uninstall:
	rm -f $(DESTDIR)$(INST_LIBDIR)/smtperr.so $(DESTDIR)$(INST_BINDIR)/smtperr
	rm -f $(DESTDIR)$(INST_MANDIR)/man1/smtperr.1
	rm -f $(addprefix $(DESTDIR)$(INST_LUADIR)/smtperr/cli/,$(notdir $(CLI_MODULES)))
	rmdir $(DESTDIR)$(INST_LUADIR)/smtperr/cli $(DESTDIR)$(INST_LUADIR)/smtperr 2>/dev/null || true

# A release: every place that names the version names $(VERSION); then the
# tarball of the committed tree (git archive: reproducible, no build files),
# with CHANGELOG.md, doc/ and the rockspecs in it. DISTDIR: where it goes.
DISTDIR   ?= .
RELEASE_ROCKSPEC := rockspec/smtperr-$(VERSION)-1.rockspec

check-release:
	@bad=0; \
	v=$$(sed -n 's/^#define SMTPERR_VERSION "smtperr \(.*\)"$$/\1/p' src/smtperr.h); \
	[ "$$v" = "$(VERSION)" ] || { echo "src/smtperr.h: SMTPERR_VERSION is 'smtperr $$v', the release is $(VERSION)"; bad=1; }; \
	if [ -f $(RELEASE_ROCKSPEC) ]; then \
	  $(GEN_LUA) -e "dofile('$(RELEASE_ROCKSPEC)') assert(version == '$(VERSION)-1' and source.tag == 'v$(VERSION)' \
	    and source.url == 'git+https://github.com/smtperr/smtperr.git')" 2>/dev/null \
	  || { echo "$(RELEASE_ROCKSPEC): version must be $(VERSION)-1, source.tag v$(VERSION)"; bad=1; }; \
	else echo "$(RELEASE_ROCKSPEC) is missing"; bad=1; fi; \
	grep -q '^## $(VERSION)\b' CHANGELOG.md || { echo "CHANGELOG.md has no '## $(VERSION)' entry"; bad=1; }; \
	grep -q '^\.TH SMTPERR 1 .* "smtperr $(VERSION)"' doc/smtperr.1 || { echo "doc/smtperr.1: .TH does not say smtperr $(VERSION)"; bad=1; }; \
	[ $$bad = 0 ] && echo "release $(VERSION): the versions agree"

dist: check-release
	@$(MAKE) --no-print-directory dist-tarball

dist-tarball:
	@mkdir -p $(DISTDIR)
	git archive --format=tar --prefix=smtperr-$(VERSION)/ HEAD | gzip -n -9 > $(DISTDIR)/smtperr-$(VERSION).tar.gz
	@git diff --quiet HEAD -- || echo "note: the tarball holds the last commit, not the uncommitted changes"
	@echo "$(DISTDIR)/smtperr-$(VERSION).tar.gz"

clean:
	rm -rf build smtperr.so src/*.o
