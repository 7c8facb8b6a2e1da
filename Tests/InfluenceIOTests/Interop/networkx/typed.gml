graph [
  directed 1
  name "typed"
  node [
    id 0
    label "a"
    kind "militia"
    seats 27
    share 0.25
    armed 1
  ]
  node [
    id 1
    label "b"
    kind "party"
    seats 6
    share 1.5
    armed 0
  ]
  node [
    id 2
    label "c"
    kind "person"
  ]
  edge [
    source 0
    target 1
    relation "backs"
    weight 2.5
    since "2025-11"
  ]
  edge [
    source 1
    target 2
    relation "leads"
    weight 1.0
  ]
  edge [
    source 2
    target 0
    relation "opposes"
    weight 0.5
    note "tab&#9;here"
  ]
]
