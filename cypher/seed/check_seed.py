#!/usr/bin/env python3
"""Consistency check for the rare-earth-graph seed CSVs (cypher/seed/).

Run from anywhere:  python3 cypher/seed/check_seed.py [--facts DIR]
Exits 1 and lists every problem if any check fails; prints warnings that need
a human look (numbers in free text that do not occur in the fact sheet).

What it checks
  * headers: neo4j-admin style `name` / `name:type` with a known type; node
    files start with `id`, relationship files with `from,to`
  * every row has the header's column count; typed cells parse
  * ids unique (globally) and prefixed per label; enums; date formats
  * relationship endpoints exist and have the labels the model allows
  * every `sources` entry exists in Source.csv; every row holding a typed
    number has sources and a confidence; confidence below HIGH has a note
  * `evidence` is a verbatim excerpt of a fact-sheet quote
  * typed numbers occur in the fact sheet (directly or as a t/kg/g unit
    change), apart from a short documented allow-list
  * trade_flows.csv: the original file row for row plus four columns; every
    product string maps to exactly one product; every source_url is a Source
  * every source_url of both fact files is exactly one Source row; every ISO3
    code of both fact files is a Country
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FACTS_DIR = os.environ.get('FACTS_DIR', os.path.join(HERE, '..', '..', '..', 'shared', 'data', 'facts'))
if '--facts' in sys.argv:
    FACTS_DIR = sys.argv[sys.argv.index('--facts') + 1]

TYPES = {'string', 'int', 'float', 'boolean', 'string[]'}
LABEL_PREFIX = {
    'Country': 'country:', 'Element': 'element:', 'Product': 'product:', 'Application': 'application:',
    'Industry': 'industry:', 'Company': 'company:', 'Facility': 'facility:', 'ProductionStat': 'stat:',
    'Policy': 'policy:', 'Disruption': 'disruption:', 'Source': 'source:',
}
# relationship type -> (allowed from labels, allowed to labels)
REL = {
    'CONTAINS': ({'Product'}, {'Element'}),
    'MADE_FROM': ({'Product'}, {'Product'}),
    'KIND_OF': ({'Product'}, {'Product'}),
    'USES': ({'Application'}, {'Product'}),
    'PART_OF': ({'Application'}, {'Industry'}),
    'BASED_IN': ({'Company'}, {'Country'}),
    'LOCATED_IN': ({'Facility'}, {'Country'}),
    'OPERATES': ({'Company'}, {'Facility'}),
    'PRODUCES': ({'Company'}, {'Product'}),
    'MAKES': ({'Company'}, {'Application'}),
    'SUPPLIES': ({'Company'}, {'Company'}),
    'ISSUED_BY': ({'Policy'}, {'Country'}),
    'RESTRICTS': ({'Policy'}, {'Element', 'Product'}),
    'AMENDS': ({'Policy'}, {'Policy'}),
    'SUSPENDS': ({'Policy'}, {'Policy'}),
    'HIT': ({'Disruption'}, {'Company'}),
    'AT': ({'Disruption'}, {'Facility'}),
    'ATTRIBUTED_TO': ({'Disruption'}, {'Policy'}),
    'LACKED': ({'Disruption'}, {'Product'}),
    'BY': ({'ProductionStat'}, {'Country'}),
    'OF': ({'ProductionStat'}, {'Product', 'Element'}),
}
CONF = {'HIGH', 'MEDIUM', 'LOW'}
ENUMS = {
    ('Element', 'group'): {'LIGHT', 'HEAVY', 'OTHER'},
    ('Product', 'stage'): {'ORE', 'CONCENTRATE', 'OXIDE', 'METAL', 'ALLOY', 'MAGNET', 'COMPONENT', 'COMPOUND', ''},
    ('Company', 'roles'): {'MINER', 'SEPARATOR', 'METAL_MAKER', 'MAGNET_MAKER', 'COMPONENT_MAKER', 'OEM', 'ASSOCIATION'},
    ('Facility', 'kind'): {'MINE', 'SEPARATION', 'REFINERY', 'METAL_PLANT', 'MAGNET_PLANT', 'ASSEMBLY_PLANT'},
    ('Facility', 'status'): {'OPERATING', 'PLANNED', 'UNDER_CONSTRUCTION', 'IDLED', 'CLOSED'},
    ('ProductionStat', 'stage'): {'MINING', 'REFINING', 'SEPARATION', 'MAGNETS', 'RESERVES'},
    ('ProductionStat', 'measure'): {'PRODUCTION', 'RESERVES', 'QUOTA', 'SHARE'},
    ('ProductionStat', 'qualifier'): {'', 'MORE_THAN', 'ABOUT', 'UP_TO'},
    ('Policy', 'kind'): {'EXPORT_CONTROL', 'LICENSING', 'TARIFF', 'TRADE_AGREEMENT', 'SUSPENSION', 'PROCUREMENT_RULE', 'EXPORT_BAN'},
    ('Disruption', 'kind'): {'PRODUCTION_HALT', 'LINE_SHUTDOWN', 'PRODUCTION_CUT', 'SHORTAGE_WARNING', 'DELIVERY_DELAY',
                             'LICENCE_DELAY', 'PRICE_SPIKE'},
    ('Source', 'reliability'): {'HIGH', 'MEDIUM', 'LOW'},
    ('RESTRICTS', 'scope'): {'LISTED', 'CUSTOMS_PRACTICE', 'EXTRATERRITORIAL', 'PROCUREMENT'},
}
DATE_COLS = {('Policy', 'announcedOn'), ('Policy', 'effectiveOn'), ('Policy', 'endsOn'),
             ('Disruption', 'startedOn'), ('Disruption', 'endedOn'), ('Disruption', 'reportedOn'),
             ('SUSPENDS', 'suspendedFrom'), ('SUSPENDS', 'suspendedUntil')}
DATE_RE = re.compile(r'^\d{4}-\d{2}(-\d{2})?$')
# typed numbers that are not in the fact sheet as digits, with the reason
NUMBER_ALLOW = {
    ('Element', 'atomicNumber'): 'IUPAC periodic table (source:iupac-periodic-table)',
    ('ProductionStat', 'year'): 'the year of the statistic (fact-sheet as_of)',
    ('Disruption', 'durationDays', 7.0): "'for a week' / 'for one week'",
    ('Disruption', 'durationDays', 21.0): "'three weeks'",
}
REQUIRED_IDS = [
    'product:rare-earth-permanent-magnet', 'product:ndfeb-sintered-magnet', 'product:ndfeb-bonded-magnet',
    'product:smco-magnet', 'product:ndfeb-alloy', 'product:ndpr-metal', 'product:ndpr-oxide', 'product:dy-oxide',
    'product:tb-oxide', 'product:sm-metal', 'product:sm-oxide', 'product:rare-earth-concentrate',
    'product:rare-earth-customs-category', 'product:rare-earth-products-bloomberg',
    'product:rare-earth-import-category', 'product:rare-earth-metals', 'product:rare-earth-compounds',
    'facility:ford-chicago-assembly', 'facility:suzuki-sagara', 'policy:mofcom-2025-18',
    'country:WLD', 'country:EUU', 'country:ZZO', 'source:chinatungsten-2025-07-22', 'source:iupac-periodic-table',
    'disruption:ford-explorer-chicago-2025-05',
] + ['application:' + a for a in (
    'ev-drive-motor', 'wind-turbine-generator', 'smartphone-motor', 'tws-earphone-speaker', 'industrial-robot-servo',
    'mri-scanner', 'inverter-compressor', 'maglev-train', 'aerospace-instrument')] + ['industry:' + i for i in (
    'automotive', 'wind-power', 'consumer-electronics', 'medical-imaging', 'industrial-automation',
    'household-appliances', 'rail', 'aerospace')]
SEED_APPS = REQUIRED_IDS[-17:-8]
SEED_SOURCE = 'source:chinatungsten-2025-07-22'
REQUIRED_ALIASES = {
    'product:rare-earth-permanent-magnet': 'rare earth permanent magnets (China customs magnet series)',
    'product:rare-earth-concentrate': 'rare earth ore/concentrate',
    'product:rare-earth-customs-category': "rare earths (China customs 'rare earth' export category, 17 elements)",
    'product:rare-earth-products-bloomberg': 'rare earth products incl. magnets (Bloomberg calculation from customs data)',
    'product:rare-earth-import-category': "rare earths (China customs 'rare earth' import category)",
}
TRADE_EXTRA = ['reported_mom_change_pct', 'reported_yoy_change_pct', 'confidence', 'basis']

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def parse_header(path, cols):
    out = []
    for c in cols:
        name, _, typ = c.partition(':')
        typ = typ or 'string'
        if not name or typ not in TYPES:
            err(f'{path}: bad header column {c!r}')
        out.append((name, typ))
    names = [n for n, _ in out]
    if len(set(names)) != len(names):
        err(f'{path}: duplicate header names')
    return out


def parse_cell(path, line, name, typ, cell):
    if cell == '':
        return None
    try:
        if typ == 'int':
            return int(cell)
        if typ == 'float':
            return float(cell)
        if typ == 'boolean':
            if cell not in ('true', 'false'):
                raise ValueError(cell)
            return cell == 'true'
        if typ == 'string[]':
            items = cell.split(';')
            if any(i == '' or i != i.strip() for i in items):
                raise ValueError(f'empty or padded array item in {cell!r}')
            return items
    except ValueError as e:
        err(f'{path}:{line}: column {name} ({typ}): {e}')
        return None
    return cell


def read_table(path):
    with open(path, newline='', encoding='utf-8') as f:
        rows = list(csv.reader(f))
    if not rows:
        err(f'{path}: empty file')
        return [], []
    header = parse_header(path, rows[0])
    recs = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            err(f'{path}:{i}: {len(r)} cells, header has {len(header)}')
            continue
        rec = {'_line': i}
        for (name, typ), cell in zip(header, r):
            rec[name] = parse_cell(path, i, name, typ, cell)
            rec['_raw_' + name] = cell
        recs.append(rec)
    return header, recs


def numbers_in(text):
    return {float(m.replace(',', '')) for m in re.findall(r'\d[\d,]*(?:\.\d+)?', text or '')}


def norm(s):
    return ' '.join((s or '').replace('""', '"').split())


def main():
    facts_path = os.path.join(FACTS_DIR, 'facts.csv')
    trade_path = os.path.join(FACTS_DIR, 'trade_flows.csv')
    facts = list(csv.DictReader(open(facts_path, newline='', encoding='utf-8')))
    trade_src = list(csv.reader(open(trade_path, newline='', encoding='utf-8')))
    trade = [dict(zip(trade_src[0], r)) for r in trade_src[1:]]
    quotes = [norm(r['quote']) for r in facts + trade]
    fact_numbers = set()
    for r in facts + trade:
        for k, v in r.items():
            if k != 'source_url':
                fact_numbers |= numbers_in(v)
    for r in facts:   # ranges such as '0.6-1' and '2-4'
        fact_numbers |= numbers_in(r['value'].replace('-', ' '))

    # ---- nodes
    nodes = {}          # id -> (label, rec)
    tables = {}
    node_dir = os.path.join(HERE, 'nodes')
    for fn in sorted(os.listdir(node_dir)):
        if not fn.endswith('.csv'):
            continue
        label = fn[:-4]
        path = f'nodes/{fn}'
        if label not in LABEL_PREFIX:
            err(f'{path}: unknown label {label}')
            continue
        header, recs = read_table(os.path.join(node_dir, fn))
        if not header or header[0] != ('id', 'string'):
            err(f'{path}: first column must be id')
            continue
        tables[label] = (header, recs)
        for rec in recs:
            i = rec['id']
            if not i or not i.startswith(LABEL_PREFIX[label]) or i != i.strip() or ' ' in i:
                err(f'{path}:{rec["_line"]}: id {i!r} must start with {LABEL_PREFIX[label]} and have no spaces')
            if i in nodes:
                err(f'{path}:{rec["_line"]}: duplicate id {i}')
            nodes[i] = (label, rec)
    for label in LABEL_PREFIX:
        if label not in tables:
            err(f'nodes/{label}.csv missing')

    source_ids = {i for i, (l, _) in nodes.items() if l == 'Source'}

    def check_common(path, label, header, rec):
        line = rec['_line']
        names = {n for n, _ in header}
        srcs = rec.get('sources') or []
        for s in srcs:
            if s not in source_ids:
                err(f'{path}:{line}: unknown source {s}')
        conf = rec.get('confidence')
        if conf is not None and conf not in CONF:
            err(f'{path}:{line}: confidence {conf!r}')
        numeric = [(n, rec[n]) for n, t in header if t in ('int', 'float') and rec.get(n) is not None]
        if numeric:
            if not srcs:
                err(f'{path}:{line}: numeric value(s) {numeric} without sources')
            if 'confidence' in names and not conf:
                err(f'{path}:{line}: numeric value(s) without confidence')
        if conf in ('MEDIUM', 'LOW') and 'note' in names and not rec.get('note'):
            err(f'{path}:{line}: confidence {conf} without a note')
        for n, v in numeric:
            if (label, n) in NUMBER_ALLOW or (label, n, float(v)) in NUMBER_ALLOW:
                continue
            v = float(v)
            if not ({v, round(v / 1000, 6), round(v * 1000, 6)} & fact_numbers):
                err(f'{path}:{line}: {n}={v} does not occur in the fact sheet')
        ev = rec.get('evidence')
        if ev and not any(norm(ev) in q for q in quotes):
            err(f'{path}:{line}: evidence is not a verbatim excerpt of a fact-sheet quote: {ev[:70]!r}')
        for (lab, col), allowed in ENUMS.items():
            if lab == label and col in names:
                v = rec.get(col)
                vals = v if isinstance(v, list) else [v or '']
                for x in vals:
                    if x not in allowed:
                        err(f'{path}:{line}: {col}={x!r} not in {sorted(allowed)}')
        for (lab, col) in DATE_COLS:
            if lab == label and rec.get(col) and not DATE_RE.match(rec[col]):
                err(f'{path}:{line}: {col}={rec[col]!r} is not YYYY-MM or YYYY-MM-DD')
        for n in ('note', 'summary', 'description', 'title'):
            txt = rec.get(n)
            if txt and label != 'Source':
                stray = sorted(x for x in numbers_in(txt) - fact_numbers if x not in STRAY_OK)
                if stray:
                    warnings.append(f'{path}:{line}: {n} has numbers not in the fact sheet: {stray}')

    for label, (header, recs) in tables.items():
        for rec in recs:
            check_common(f'nodes/{label}.csv', label, header, rec)

    # label-specific node checks
    fac_h, fac = tables.get('Facility', ([], []))
    for rec in fac:
        if rec.get('capacityTonnesPerYear') is not None and not (rec.get('capacityUnit') and rec.get('capacityBasis')):
            err(f'nodes/Facility.csv:{rec["_line"]}: capacity without capacityUnit/capacityBasis')
    for rec in tables.get('ProductionStat', ([], []))[1]:
        if (rec.get('quantityTonnes') is None) == (rec.get('sharePct') is None):
            err(f'nodes/ProductionStat.csv:{rec["_line"]}: exactly one of quantityTonnes / sharePct expected')
    for rec in tables.get('Country', ([], []))[1]:
        if rec['id'] != 'country:' + (rec.get('iso3') or ''):
            err(f'nodes/Country.csv:{rec["_line"]}: id and iso3 disagree')
    urls = {}
    for rec in tables.get('Source', ([], []))[1]:
        u = rec.get('url')
        if not u:
            err(f'nodes/Source.csv:{rec["_line"]}: no url')
        elif u in urls:
            err(f'nodes/Source.csv:{rec["_line"]}: url already used by {urls[u]}')
        else:
            urls[u] = rec['id']
    # product names/aliases -> exactly one product
    name_map = {}
    for rec in tables.get('Product', ([], []))[1]:
        for s in [rec.get('name')] + (rec.get('aliases') or []):
            name_map.setdefault(s, set()).add(rec['id'])
    for s, ids in name_map.items():
        if len(ids) > 1:
            err(f'Product name/alias {s!r} used by {sorted(ids)}')
    for pid, alias in REQUIRED_ALIASES.items():
        if pid not in name_map.get(alias, set()):
            err(f'{pid} must carry alias {alias!r}')
    for i in REQUIRED_IDS:
        if i not in nodes:
            err(f'required node {i} missing')

    # ---- relationships
    rels = {}
    rel_dir = os.path.join(HERE, 'relationships')
    for fn in sorted(os.listdir(rel_dir)):
        if not fn.endswith('.csv'):
            continue
        typ = fn[:-4]
        path = f'relationships/{fn}'
        if typ not in REL:
            err(f'{path}: unknown relationship type {typ}')
            continue
        header, recs = read_table(os.path.join(rel_dir, fn))
        if [h[0] for h in header[:2]] != ['from', 'to']:
            err(f'{path}: first columns must be from,to')
            continue
        rels[typ] = recs
        seen = set()
        fl, tl = REL[typ]
        for rec in recs:
            line = rec['_line']
            for end, allowed in (('from', fl), ('to', tl)):
                i = rec[end]
                if i not in nodes:
                    err(f'{path}:{line}: {end} {i!r} is not a node id')
                elif nodes[i][0] not in allowed:
                    err(f'{path}:{line}: {end} {i} is a {nodes[i][0]}, expected {sorted(allowed)}')
            key = (rec['from'], rec['to'])
            if key in seen:
                err(f'{path}:{line}: duplicate relationship {key}')
            seen.add(key)
            check_common(path, typ, header, rec)
        if typ == 'SUPPLIES':
            for rec in recs:
                if rec.get('product') and rec['product'] not in nodes:
                    err(f'{path}:{rec["_line"]}: product {rec["product"]} unknown')
    for typ in REL:
        if typ not in rels:
            err(f'relationships/{typ}.csv missing')
    uses = {(r['from'], r['to']): r for r in rels.get('USES', [])}
    for app in SEED_APPS:
        cited = [r for (f, _), r in uses.items() if f == app and SEED_SOURCE in (r.get('sources') or [])]
        if not cited:
            err(f'{app}: no USES row citing {SEED_SOURCE}')
    for r in rels.get('USES', []):
        if (r.get('kgPerUnit') is not None or r.get('kgPerUnitMax') is not None) and not r.get('perUnit'):
            err(f'relationships/USES.csv:{r["_line"]}: kgPerUnit without perUnit')
    for r in rels.get('KIND_OF', []):
        if r['from'] == r['to']:
            err(f'relationships/KIND_OF.csv:{r["_line"]}: self loop')

    # ---- trade flows
    seed_trade = os.path.join(HERE, 'trade_flows.csv')
    with open(seed_trade, newline='', encoding='utf-8') as f:
        st = list(csv.reader(f))
    if st[0] != trade_src[0] + TRADE_EXTRA:
        err('trade_flows.csv: header must be the original header plus ' + ','.join(TRADE_EXTRA))
    if len(st) != len(trade_src):
        err(f'trade_flows.csv: {len(st) - 1} rows, original has {len(trade_src) - 1}')
    for i, (a, b) in enumerate(zip(trade_src[1:], st[1:]), start=2):
        if b[:len(a)] != a:
            err(f'trade_flows.csv:{i}: original columns changed')
        if len(b) != len(a) + 4:
            err(f'trade_flows.csv:{i}: expected {len(a) + 4} cells')
            continue
        mom, yoy, conf, basis = b[len(a):]
        rec = dict(zip(trade_src[0], a))
        for v in (mom, yoy):
            if v:
                try:
                    float(v)
                except ValueError:
                    err(f'trade_flows.csv:{i}: change {v!r} is not a number')
                if float(v) not in fact_numbers and -float(v) not in fact_numbers:
                    err(f'trade_flows.csv:{i}: change {v} does not occur in the fact sheet')
        if conf not in CONF:
            err(f'trade_flows.csv:{i}: confidence {conf!r}')
        derived = rec['source_publisher'].startswith('derived from seed')
        if basis != ('DERIVED' if derived else 'REPORTED'):
            err(f'trade_flows.csv:{i}: basis {basis!r}')
        if derived and conf != 'LOW':
            err(f'trade_flows.csv:{i}: derived rows must be LOW')
        if ('WIOBS' in rec['source_publisher'] or 'Lapaas' in rec['source_publisher']) and conf != 'LOW':
            err(f'trade_flows.csv:{i}: WIOBS/Lapaas rows must be LOW')
        ids = name_map.get(rec['product'], set())
        if len(ids) != 1:
            err(f'trade_flows.csv:{i}: product {rec["product"]!r} maps to {sorted(ids)}')
        for end in ('exporter_iso3', 'importer_iso3'):
            if 'country:' + rec[end] not in nodes:
                err(f'trade_flows.csv:{i}: {end} {rec[end]} is not a Country')

    # ---- coverage of the fact sheet
    for r in facts + trade:
        if r['source_url'] not in urls:
            err(f'source_url not in Source.csv: {r["source_url"]}')
    fact_urls = {r['source_url'] for r in facts + trade}
    for u, sid in urls.items():
        if u not in fact_urls and sid != 'source:iupac-periodic-table':
            err(f'Source {sid} has a url that is in neither fact file')
    iso = {r[k] for r in trade for k in ('exporter_iso3', 'importer_iso3')}
    iso |= {r['subject'] for r in facts if re.fullmatch(r'[A-Z]{3}', r['subject'])}
    for code in sorted(iso):
        if 'country:' + code not in nodes:
            err(f'ISO3 code {code} from the fact sheet has no Country node')
    used_sources = set()
    for label, (header, recs) in tables.items():
        for rec in recs:
            used_sources |= set(rec.get('sources') or [])
    for recs in rels.values():
        for rec in recs:
            used_sources |= set(rec.get('sources') or [])
    unused = sorted(source_ids - used_sources - {urls.get(r['source_url']) for r in trade})
    if unused:
        warnings.append(f'{len(unused)} sources are cited by no seed row (facts left out): {unused}')

    # ---- report
    counts = {f'nodes/{l}.csv': len(r) for l, (_, r) in sorted(tables.items())}
    counts.update({f'relationships/{t}.csv': len(r) for t, r in sorted(rels.items())})
    counts['trade_flows.csv'] = len(st) - 1
    for k, v in counts.items():
        print(f'{v:5d}  {k}')
    for w in warnings:
        print('WARN ', w)
    if errors:
        for e in errors:
            print('ERROR', e)
        print(f'{len(errors)} error(s)')
        return 1
    print('OK: seed data consistent')
    return 0


# small numbers that occur in free text as ordinals, list sizes or codes
STRAY_OK = {0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 12.0, 17.0, 27.0}

if __name__ == '__main__':
    sys.exit(main())
