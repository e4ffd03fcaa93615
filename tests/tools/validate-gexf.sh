#!/usr/bin/env bash
# Validates an apparat GEXF file against the official GEXF 1.3 RelaxNG schema:
#   tests/tools/validate-gexf.sh SCHEMA_DIR graph-out/graph.gexf
# SCHEMA_DIR holds gexf.rng and dynamics.rng from the 1.3/ folder of the GEXF
# project's repository (github.com/gephi/gexf). They are not committed here
# (no vendored copies), so this is a check a reader runs by hand; the figures
# it gave are in docs/formats.md.
#
# Two differences between the official files are bridged, neither of which
# changes what is checked: the RelaxNG names the namespace
# http://www.gexf.net/1.3 where the XSD (which apparat declares) names
# http://gexf.net/1.3, and RelaxNG allows no xsi:schemaLocation attribute,
# which XSD validators read and skip. apparat writes no viz: attributes, so
# when viz.rng is missing an empty grammar stands in for it.
set -euo pipefail
schemas="$1"
gexf="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$schemas/gexf.rng" "$schemas/dynamics.rng" "$work/"
if [ -f "$schemas/viz.rng" ]; then
  cp "$schemas/viz.rng" "$work/"
else
  printf '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><define name="viz-unused"><empty/></define></grammar>\n' >"$work/viz.rng"
fi
sed 's#xmlns="http://gexf.net/1.3"#xmlns="http://www.gexf.net/1.3"#; s# xsi:schemaLocation="[^"]*"##' "$gexf" >"$work/graph.gexf"
xmllint --noout --relaxng "$work/gexf.rng" "$work/graph.gexf"
