graph [
  node [ id 0 label "a" ]
  node [ id 0 label "b" ]
]
