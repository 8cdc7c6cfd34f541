import json, os, sys
class Draft:
    def __init__(self, d):
        self.d = d; self.out = []; self.abouts = {}; self.srcs = json.load(open(os.path.join(d, 'sources.json')))
        self.texts = {s['id']: open(os.path.join(d, 'text', s['id'] + '.txt'), encoding='utf-8').read() for s in self.srcs}
        self.used = set()
    def about(self, fact, text): self.abouts[fact] = text
    def m(self, src, text, kind, val=None, unit=None, q=None, fact=None, ctx=None, per=None, ignore=False, occ=None):
        t = self.texts[src]
        if occ is None:
            if ctx is None:
                n = t.count(text)
                if n != 1: raise SystemExit(f'{src}: {text!r} occurs {n} times; give ctx')
                at = t.index(text)
            else:
                n = t.count(ctx)
                if n != 1: raise SystemExit(f'{src}: ctx {ctx!r} occurs {n} times')
                if ctx.count(text) != 1: raise SystemExit(f'{src}: {text!r} not once in ctx {ctx!r}')
                at = t.index(ctx) + ctx.index(text)
            # occurrence index
            k = 0; i = -1
            while True:
                i = t.find(text, i + 1); k += 1
                if i == at: break
            occ = k
        key = (src, text, occ)
        if key in self.used: raise SystemExit(f'dup {key}')
        self.used.add(key)
        r = {"source": src, "text": text, "occurrence": occ, "kind": kind}
        if kind == 'date':
            s, e = val if isinstance(val, tuple) else (val, val)
            r.update({"low": None, "high": None, "date": {"start": s, "end": e}})
        else:
            lo, hi = val if isinstance(val, tuple) else (val, val)
            r.update({"low": lo, "high": hi})
        r["unit"] = unit; r["qualifier"] = q
        if per: r["per"] = per
        if ignore: r["ignore"] = True
        if fact:
            r["fact"] = fact
            if fact in self.abouts and not any(o.get('fact') == fact for o in self.out): r["factAbout"] = self.abouts[fact]
        self.out.append(r)
    def write(self):
        facts = {o['fact'] for o in self.out if 'fact' in o}
        for f in self.abouts:
            if f not in facts: print('about without members', f)
        for f in facts:
            if f not in self.abouts: print('fact without about', f)
        with open(os.path.join(self.d, 'gold', 'draft.jsonl'), 'w', encoding='utf-8') as fh:
            for o in self.out: fh.write(json.dumps(o, ensure_ascii=False) + '\n')
        print(len(self.out), 'mentions', sum(1 for o in self.out if o.get('ignore')), 'ignore', len(facts), 'facts')
KM = 1000
def kmh(x): return round(x / 3.6, 6)
def mph(x): return round(x * 0.44704, 6)
def mi(x): return round(x * 1609.344, 4)
def yrs(x): return x * 365.25
def mins(x): return round(x / 1440, 6)
