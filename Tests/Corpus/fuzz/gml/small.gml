Creator "hand-made"
graph [
  directed 0
  label "two parties"
  node [ id 0 label "red" name "Red Party" members 1450 ]
  node [ id 1 label "blue &quot;B&quot;" kind "party" ]
  node [ id 2 label "&#20013;" ]
  edge [ source 0 target 1 weight 2.5 relation "opposes" ]
  edge [ source 1 target 2 ]
]
