graph [
  directed 1
  multigraph 1
  name "multi"
  node [
    id 0
    label "x"
  ]
  node [
    id 1
    label "y"
  ]
  node [
    id 2
    label "lonely"
    kind "state"
  ]
  edge [
    source 0
    target 1
    key 0
    relation "funds"
    weight 3.0
  ]
  edge [
    source 0
    target 1
    key 1
    relation "backs"
    weight 1.0
  ]
  edge [
    source 1
    target 0
    key 0
    relation "opposes"
    weight 2.0
  ]
]
