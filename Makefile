# BriefPress: `make demo` installs what it needs, builds, and renders the bundled example
# into out/; `make test` runs the whole test suite (CI calls it through .ci/run).
PREFIX ?= /usr/local
EXAMPLE := examples/xinzhi-demo
# Static Swift runtime: the installed binary needs no Swift toolchain, and it starts in half
# the time (no dynamic linking of Foundation), which is a third of a PDF build.
SWIFT_BUILD := swift build -c release --static-swift-stdlib --product

.PHONY: demo deps test-deps build test install bench fuzz clean

demo: deps build
	.build/release/briefpress build $(EXAMPLE)/editions/*.md --output out
	.build/release/briefpress bundle $(EXAMPLE) --month 2026-05 --output out

deps:
	scripts/install-deps

test-deps:
	scripts/install-deps --test

build:
	$(SWIFT_BUILD) briefpress
	$(SWIFT_BUILD) briefpress-preview

test: test-deps
	swift build --build-tests
	swift test --skip-build

install: deps build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 .build/release/briefpress $(DESTDIR)$(PREFIX)/bin/briefpress
	install -m 755 .build/release/briefpress-preview $(DESTDIR)$(PREFIX)/bin/briefpress-preview

bench:
	scripts/install-deps --bench
	$(SWIFT_BUILD) briefpress
	$(SWIFT_BUILD) briefpress-preview
	scripts/bench

# libFuzzer with AddressSanitizer on the reader (check) and on every backend fed by it
# (build); Fuzz/README.md says more. FUZZ_SECONDS per target; findings land in .fuzz/.
FUZZ_SECONDS ?= 300
FUZZ_FLAGS := -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp
fuzz: deps
	cd Fuzz && swift build -c release $(FUZZ_FLAGS)
	for t in Check Build; do \
	  mkdir -p .fuzz/$$t && cp -n Fuzz/corpus/* .fuzz/$$t/ && \
	  (cd .fuzz && LSAN_OPTIONS=suppressions=../Fuzz/lsan.supp ../Fuzz/.build/release/Fuzz$$t $$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=20 -rss_limit_mb=2048) || exit 1; \
	done

clean:
	rm -rf .build out .fuzz Fuzz/.build
