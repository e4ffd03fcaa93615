# Helpers for the robustness tests, on top of tests/cli/lib.bash. Each test
# script runs as
#   bash SCRIPT APPARAT_BINARY SOURCE_DIR
# in a fresh temporary directory that is removed on exit.
source "$(dirname "${BASH_SOURCE[0]}")/../cli/lib.bash"
FIXTURES="$SRC/tests/fixtures/corpus"

# json_ok FILE DESCRIPTION: the file loads with Python's json module.
json_ok() {
  if python3 -c 'import json,sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$1" 2>"$WORK/json.err"; then pass
  else fail "$2: $1 is not valid JSON: $(tail -c 300 "$WORK/json.err")"; fi
}

# xml_ok FILE DESCRIPTION: well-formed for libxml2 at its default limits
# (no --huge), as Gephi and most readers need.
xml_ok() {
  if xmllint --noout "$1" 2>"$WORK/xml.err"; then pass
  else fail "$2: $1 refused by xmllint: $(head -c 300 "$WORK/xml.err")"; fi
}

# graphml_valid FILE DESCRIPTION: valid against the GraphML schema when
# ../shared has it, else well-formed.
graphml_valid() {
  local xsd="$SRC/../shared/schemas/graphml/graphml.xsd"
  if [ -f "$xsd" ]; then
    if xmllint --noout --schema "$xsd" "$1" 2>"$WORK/xml.err"; then pass
    else fail "$2: $1 invalid GraphML: $(head -c 300 "$WORK/xml.err")"; fi
  else
    xml_ok "$1" "$2"
  fi
}

# outputs_ok DIR DESCRIPTION: all three outputs load.
outputs_ok() {
  json_ok "$1/graph.json" "$2"
  graphml_valid "$1/graph.graphml" "$2"
  xml_ok "$1/graph.gexf" "$2"
  local cc="$SRC/../shared/eval/check-clients.py"
  if [ -f "$cc" ]; then
    python3 "$cc" --graphml "$1/graph.graphml" --json "$1/graph.json" >"$WORK/cc.out" 2>&1 && pass ||
      fail "$2: check-clients: $(tail -3 "$WORK/cc.out")"
  fi
}

# sources_in DIR: the source names graph.json lists, one a line, sorted.
sources_in() {
  python3 -c 'import json,sys; [print(s["name"]) for s in json.load(open(sys.argv[1]))["graph"]["sources"]]' \
    "$1/graph.json" | sort
}

# expect_eq GOT WANT DESCRIPTION
expect_eq() {
  if [ "$1" == "$2" ]; then pass; else fail "$3: got '$1', want '$2'"; fi
}

# expect_not_err TEXT DESCRIPTION
expect_not_err() {
  if grep -qF -- "$1" "$WORK/err"; then fail "$2: stderr has '$1'"; else pass; fi
}

# corpus DIR: a small corpus of the fixtures (three files, two levels).
corpus() {
  mkdir -p "$1"
  cp -r "$FIXTURES"/. "$1"/
}
