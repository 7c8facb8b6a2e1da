#!/usr/bin/env python3
# Lists public declarations of the library targets without a /// doc comment (their own, not
# what protocols bring). Usage: scripts/undocumented-symbols.py [TARGET...]; exit 1 if any.
import re, glob, sys, os
ROOT=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
targets=sys.argv[1:] or ['InfluenceGraph','InfluenceIO','InfluenceCentrality','InfluenceDiff','InfluenceRender','InfluenceReports','InfluenceGraphviz','InfluenceKit']
skip=re.compile(r'public (static func ==|func hash\(into|var description: String|var errorDescription|init\(dictionaryLiteral|var startIndex|var endIndex|subscript\(position)')
total=0; out=[]
for t in targets:
    n=0
    for p in sorted(glob.glob(f'{ROOT}/Sources/{t}/**/*.swift', recursive=True)):
        lines=open(p).read().split('\n')
        for i,l in enumerate(lines):
            s=l.strip()
            if not re.match(r'(@\w+(\([^)]*\))? )*public ', s) or skip.search(s): continue
            if re.match(r'public (import|extension)', s) or s.startswith('public init() {}'): continue
            j=i-1
            while j>=0 and (lines[j].strip().startswith('@') ): j-=1
            if j>=0 and lines[j].strip().startswith('///'): continue
            n+=1; out.append(f'Sources/{p.split("Sources/")[1]}:{i+1}: {s[:110]}')
    total+=n; print(t, n)
print('total', total)
print('\n'.join(out))
sys.exit(1 if total else 0)
