graph [
  directed 1
  multigraph 1
  title "Iran-backed militias in Iraq (December 2025)"
  description "Actors and ties named in Jonathan Spyer's article of 12 December 2025 on the Iran-backed militias' hold on Iraqi politics after the November 2025 elections: the militias and their electoral lists, the Coordination Framework, the government of Mohammed Shia al-Sudani, the reversed asset-freeze decision against Hezbollah and the Houthis, and Iran's regional axis in its war with Israel."
  source [
    key "spyer-2025-12-12"
    title "Iran-Backed Militias Reassert Power in Iraq, Proving the Islamic Axis Is Still Standing"
    author "Jonathan Spyer"
    publisher "Middle East Forum"
    published "2025-12-12"
  ]
  source [
    key "arab-weekly-2025-12"
    publisher "The Arab Weekly"
    published "2025-12"
  ]
  kind [
    name "state"
    label "State"
    description "A sovereign country acting as a whole."
  ]
  kind [
    name "alliance"
    label "Regional axis"
    description "A transnational alliance of states and armed groups led by one power."
  ]
  kind [
    name "militia"
    label "Militia"
    description "A non-state armed group, or a collective of such groups."
  ]
  kind [
    name "list"
    label "Electoral list"
    description "A party or list that contests elections, often an armed group's political wing."
  ]
  kind [
    name "bloc"
    label "Parliamentary bloc"
    description "A coalition of lists and factions acting together in parliament."
  ]
  kind [
    name "government"
    label "Government"
    description "The executive of a state."
  ]
  kind [
    name "parliament"
    label "Parliament"
    description "A national legislature."
  ]
  kind [
    name "office"
    label "Office"
    description "A unit of an institution that speaks or acts for it."
  ]
  kind [
    name "person"
    label "Person"
    description "An individual."
  ]
  kind [
    name "event"
    label "Event"
    description "A dated occurrence (election, decision, ceasefire) that carries facts and ties."
  ]
  relation [
    name "dominates"
    label "dominates"
    description "`from` can impose its will on `to` on the issues that matter to it."
    gains "source"
    counts 1
    polarity "neutral"
  ]
  relation [
    name "won-seats-in"
    label "won seats in"
    description "`from` won seats in the legislature `to` (the number is the node's `seats` attribute)."
    gains "source"
    counts 1
    polarity "neutral"
  ]
  relation [
    name "elected"
    label "elected"
    description "The election `from` chose the members of the legislature `to`."
    gains "none"
    counts 0
    polarity "neutral"
  ]
  relation [
    name "announced"
    label "announced"
    description "`from` made the decision or measure `to` public."
    gains "none"
    counts 0
    polarity "neutral"
  ]
  relation [
    name "reversed"
    label "reversed"
    description "`from` withdrew its own decision `to`."
    gains "none"
    counts 0
    polarity "neutral"
  ]
  relation [
    name "disavowed"
    label "disavowed"
    description "`from` declared the decision `to` to have been made in error."
    gains "none"
    counts 0
    polarity "neutral"
  ]
  relation [
    name "targets"
    label "targets"
    description "The measure `from` is directed against `to`."
    gains "none"
    counts 0
    polarity "hostile"
  ]
  relation [
    name "threatens"
    label "threatens"
    description "`from` has the means and position to strike `to`."
    gains "none"
    counts 0
    polarity "hostile"
  ]
  relation [
    name "agreed-to"
    label "agreed to"
    description "`from` is a party to the agreement `to` (here, a ceasefire)."
    gains "none"
    counts 0
    polarity "neutral"
  ]
  relation [
    name "lost"
    label "lost"
    description "`from` lost its hold on `to`, formerly within its sphere."
    gains "none"
    counts 0
    polarity "neutral"
  ]
  relation [
    name "citizen-of"
    label "citizen of"
    description "The person `from` is a citizen of the state `to`."
    gains "none"
    counts 0
    polarity "neutral"
  ]
  relation [
    name "depicts"
    label "depicts"
    description "The image or billboard `from` shows `to`."
    gains "none"
    counts 0
    polarity "neutral"
  ]
  node [
    id 0
    label "iran"
    displayLabel "Iran"
    kind "state"
    alias "Tehran"
    attribute [
      name "abandoned-proxy-approach"
      value 0
      type "bool"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "With the loss of Syria, Iraq has taken on added importance to Tehran."
      confidence "high"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "It appears, however, that Iran does not share this view."
      confidence "high"
    ]
  ]
  node [
    id 1
    label "iraq"
    displayLabel "Iraq"
    kind "state"
    attribute [
      name "importance-to-iran"
      value "added, with the loss of Syria"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "With the loss of Syria, Iraq has taken on added importance to Tehran."
      confidence "high"
    ]
  ]
  node [
    id 2
    label "israel"
    displayLabel "Israel"
    kind "state"
    alias "Jerusalem"
    evidence [
      source "spyer-2025-12-12"
      quote "It has long been known to Israel that the militias have missiles deployed in the large deserts close to Iraq&#8217;s western borders."
      confidence "high"
    ]
  ]
  node [
    id 3
    label "us"
    displayLabel "United States"
    kind "state"
    alias "US"
    alias "US government"
    evidence [
      source "spyer-2025-12-12"
      quote "The Badr Organization, the oldest and among the most established of the Iran-linked Shi&#8217;ite militias (and one which, unlike AH, remains undesignated as a terror organization by the US government), won 18 seats."
      confidence "high"
    ]
  ]
  node [
    id 4
    label "syria"
    displayLabel "Syria"
    kind "state"
    evidence [
      source "spyer-2025-12-12"
      quote "With the loss of Syria, Iraq has taken on added importance to Tehran."
      confidence "high"
    ]
  ]
  node [
    id 5
    label "axis"
    displayLabel "Iran-led regional axis"
    kind "alliance"
    alias "Iran&#8217;s regional axis"
    alias "Iran-led regional bloc"
    alias "Islamic Axis"
    alias "Iran&#8217;s regional network of militias"
    alias "Iran-led militia array"
    alias "Iran-led element"
    attribute [
      name "destroyed"
      value 0
      type "bool"
    ]
    setbacks "serious setbacks as a result of the last two years of war"
    attribute [
      name "advancing-again"
      value 1
      type "bool"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "The Iran-led regional bloc and its project have not been destroyed, though it received serious setbacks as a result of the last two years of war."
      confidence "high"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "The latest events in Iraq show that it is advancing once again."
      confidence "high"
    ]
  ]
  node [
    id 6
    label "iraqi-militias"
    displayLabel "Iraq's Shiite militias (collective)"
    kind "militia"
    alias "Iraq&#8217;s militias"
    alias "Shi&#8217;ite militias"
    alias "Iran-supported militias"
    alias "Iran-supported armed groups"
    alias "the armed groups"
    attribute [
      name "missiles-deployed"
      value "large deserts close to Iraq&#8217;s western borders"
    ]
    attribute [
      name "brief-intervention"
      value 2023
      type "date"
    ]
    attribute [
      name "intervened-in-previous-round"
      value 0
      type "bool"
    ]
    attribute [
      name "likely-to-disarm"
      value 0
      type "bool"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "While Iraq&#8217;s militias stayed out of the previous round, following a brief intervention in late 2023, there is no reason to assume that this will be repeated."
      confidence "high"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "As a result, the hope that an increasingly stable internal Iraqi political scene might induce or coerce Iran-supported armed groups to voluntarily disarm and become exclusively political organizations seems misplaced."
      confidence "medium"
    ]
  ]
  node [
    id 7
    label "aah"
    displayLabel "Asaib Ahl al-Haq"
    kind "militia"
    alias "AH"
    alias "Asaib Ahl al Haq"
    standing "one of the most active of the pro-Iran militias"
    attribute [
      name "involved-in"
      value "abductions and murders of Westerners"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "Asaib Ahl al Haq is one of the most active of the pro-Iran militias and has been involved in abductions and murders of Westerners."
      confidence "high"
    ]
  ]
  node [
    id 8
    label "badr"
    displayLabel "Badr Organization"
    kind "militia"
    alias "Badr"
    standing "the oldest and among the most established of the Iran-linked Shi&#8217;ite militias"
    attribute [
      name "designated-by-us"
      value 0
      type "bool"
    ]
    attribute [
      name "seats"
      value 18
      since "2025-11"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "The Badr Organization, the oldest and among the most established of the Iran-linked Shi&#8217;ite militias (and one which, unlike AH, remains undesignated as a terror organization by the US government), won 18 seats."
      confidence "high"
    ]
  ]
  node [
    id 9
    label "kh"
    displayLabel "Kataib Hezbollah"
    kind "militia"
    alias "Ktaeb Hezbollah"
    alias "KH"
    evidence [
      source "spyer-2025-12-12"
      quote "The Huquq (Rights) list, linked to the Ktaeb Hezbollah (KH) group, won six seats."
      confidence "high"
    ]
  ]
  node [
    id 10
    label "hezbollah"
    displayLabel "Hezbollah (Lebanon)"
    kind "militia"
    alias "Lebanese Hezbollah"
    alias "Hezbollah"
    country "Lebanon"
    evidence [
      source "spyer-2025-12-12"
      quote "This week, the government of Iraq announced a decision to freeze assets held by the Lebanese Hezbollah organization and the Yemeni Ansar Allah (Houthis) group."
      confidence "high"
    ]
  ]
  node [
    id 11
    label "houthis"
    displayLabel "Ansar Allah (Houthis)"
    kind "militia"
    alias "Houthis"
    alias "Yemeni Ansar Allah"
    alias "Ansar Allah"
    country "Yemen"
    evidence [
      source "spyer-2025-12-12"
      quote "This week, the government of Iraq announced a decision to freeze assets held by the Lebanese Hezbollah organization and the Yemeni Ansar Allah (Houthis) group."
      confidence "high"
    ]
  ]
  node [
    id 12
    label "sadiqoun"
    displayLabel "Sadiqoun bloc"
    kind "list"
    alias "Sadiqoun"
    attribute [
      name "seats"
      value 27
      since "2025-11"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "The Sadiqoun bloc, associated with the Asaib Ahl al-Haq (AH) militia, led by Qais al-Khazali, won 27 seats in the 329-seat parliament."
      confidence "high"
    ]
  ]
  node [
    id 13
    label "huquq"
    displayLabel "Huquq (Rights) list"
    kind "list"
    alias "Huquq"
    alias "Rights"
    attribute [
      name "seats"
      value 6
      since "2025-11"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "The Huquq (Rights) list, linked to the Ktaeb Hezbollah (KH) group, won six seats."
      confidence "high"
    ]
  ]
  node [
    id 14
    label "rdb"
    displayLabel "Reconstruction and Development Bloc"
    kind "list"
    alias "Reconstruction and Development"
    attribute [
      name "seats"
      value 46
      since "2025-11"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "Prime Minister Mohammed Shia al-Sudani, whose Reconstruction and Development Bloc won 46 seats, will be unable to form a new administration without the CF&#8217;s backing."
      confidence "high"
    ]
  ]
  node [
    id 15
    label "cf"
    displayLabel "Coordination Framework"
    kind "bloc"
    alias "CF"
    alias "the Framework"
    attribute [
      name "largest-grouping-in-parliament"
      value 1
      type "bool"
    ]
    attribute [
      name "includes-non-armed-factions"
      value 1
      type "bool"
    ]
    attribute [
      name "joint-bloc-seats"
      value 165
      since "2025-11-18"
    ]
    attribute [
      name "likely-core-of-next-government"
      value 1
      since "2025-11-18"
      type "bool"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "All three of these militias are component elements within the Coordination Framework (CF), the largest single grouping within the Iraqi parliament."
      confidence "high"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "The CF brings together all the main Shi&#8217;ite militias into a single list, alongside several non-armed factions."
      confidence "high"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "On November 18, following the elections, Sudani announced that his faction would join with the CF, giving the joint bloc the command of 165 seats and making it almost certainly the faction around which the next government will be formed."
      confidence "high"
    ]
  ]
  node [
    id 16
    label "iraq-gov"
    displayLabel "Government of Iraq"
    kind "government"
    alias "Iraqi government"
    alias "Baghdad"
    evidence [
      source "spyer-2025-12-12"
      quote "This week, the government of Iraq announced a decision to freeze assets held by the Lebanese Hezbollah organization and the Yemeni Ansar Allah (Houthis) group."
      confidence "high"
    ]
  ]
  node [
    id 17
    label "parliament"
    displayLabel "Iraqi parliament"
    kind "parliament"
    seats 329
    evidence [
      source "spyer-2025-12-12"
      quote "The Sadiqoun bloc, associated with the Asaib Ahl al-Haq (AH) militia, led by Qais al-Khazali, won 27 seats in the 329-seat parliament."
      confidence "high"
    ]
  ]
  node [
    id 18
    label "pm-media-office"
    displayLabel "Prime Minister's Media Office"
    kind "office"
    alias "Prime Minister&#8217;s Media Office"
    evidence [
      source "spyer-2025-12-12"
      quote "Within hours, however, the government reversed its decision, with the Prime Minister&#8217;s Media Office asserting that an &#8220;error&#8221; had been made."
      confidence "high"
    ]
  ]
  node [
    id 19
    label "khazali"
    displayLabel "Qais al-Khazali"
    kind "person"
    alias "Khazali"
    evidence [
      source "spyer-2025-12-12"
      quote "The Sadiqoun bloc, associated with the Asaib Ahl al-Haq (AH) militia, led by Qais al-Khazali, won 27 seats in the 329-seat parliament."
      confidence "high"
    ]
  ]
  node [
    id 20
    label "sudani"
    displayLabel "Mohammed Shia al-Sudani"
    kind "person"
    alias "Sudani"
    office "Prime Minister"
    attribute [
      name "can-form-new-administration-without-cf"
      value 0
      type "bool"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "Prime Minister Mohammed Shia al-Sudani, whose Reconstruction and Development Bloc won 46 seats, will be unable to form a new administration without the CF&#8217;s backing."
      confidence "high"
    ]
  ]
  node [
    id 21
    label "maliki"
    displayLabel "Nouri al-Maliki"
    kind "person"
    alias "Maliki"
    attribute [
      name "former-prime-minister"
      value 1
      type "bool"
    ]
    attribute [
      name "militia-leader"
      value 0
      type "bool"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "The most powerful player within the Framework is former Prime Minister Nouri al-Maliki."
      confidence "high"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "While not a militia leader himself, he is closely linked to the armed groups and acts in their interest, seeking to embed their representatives within a broader political framework in order to increase their ability to shape policy and guard them from any legal efforts against them."
      confidence "high"
    ]
  ]
  node [
    id 22
    label "tsurkov"
    displayLabel "Elizabeth Tsurkov"
    kind "person"
    alias "Tsurkov"
    released "2025-09"
    evidence [
      source "spyer-2025-12-12"
      quote "KH was responsible for the kidnapping, imprisonment, and torture of Elizabeth Tsurkov, an Israeli citizen who was released in September after 903 days in captivity."
      confidence "high"
    ]
  ]
  node [
    id 23
    label "suleimani"
    displayLabel "Qasem Suleimani"
    kind "person"
    alias "Suleimani"
    attribute [
      name "deceased"
      value 1
      type "bool"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "Billboard of Iran-backed militia members on billboard, including the late Qasem Suleimani. Mosul, Iraq October 30, 2024."
      confidence "high"
    ]
  ]
  node [
    id 24
    label "elections-2025"
    displayLabel "November 2025 Iraqi elections"
    kind "event"
    since "2025-11"
    held "2025-11"
    attribute [
      name "militia-linked-parties-performed-well"
      value 1
      type "bool"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "In the November Iraqi elections, parties linked to the Shi&#8217;ite militias performed well."
      confidence "high"
    ]
  ]
  node [
    id 25
    label "asset-freeze"
    displayLabel "Asset-freeze decision against Hezbollah and the Houthis (reversed)"
    kind "event"
    since "2025-12"
    announced "2025-12"
    reception "rapidly hailed as a major step forward"
    attribute [
      name "reversed"
      value 1
      type "bool"
    ]
    attribute [
      name "reversed-within"
      value "hours"
    ]
    attribute [
      name "stated-reason-for-reversal"
      value "error"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "This week, the government of Iraq announced a decision to freeze assets held by the Lebanese Hezbollah organization and the Yemeni Ansar Allah (Houthis) group."
      confidence "high"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "Within hours, however, the government reversed its decision, with the Prime Minister&#8217;s Media Office asserting that an &#8220;error&#8221; had been made."
      confidence "high"
    ]
  ]
  node [
    id 26
    label "mosul-billboard"
    displayLabel "Mosul billboard of Iran-backed militia members"
    kind "event"
    location "Mosul, Iraq"
    seen "2024-10-30"
    evidence [
      source "spyer-2025-12-12"
      quote "Billboard of Iran-backed militia members on billboard, including the late Qasem Suleimani. Mosul, Iraq October 30, 2024."
      confidence "high"
    ]
  ]
  node [
    id 27
    label "gaza-ceasefire"
    displayLabel "Gaza ceasefire"
    kind "event"
    since "2025-10-10"
    date "2025-10-10"
    evidence [
      source "spyer-2025-12-12"
      quote "Following the Gaza ceasefire on October 10, and the previous ceasefires agreed by Iran in June of this year, and Hezbollah in November 2024, it was widely predicted by Israeli observers that Iran must surely adopt a new national strategy, the approach based on proxies having been so clearly defeated."
      confidence "high"
    ]
  ]
  node [
    id 28
    label "iran-ceasefire"
    displayLabel "Iran ceasefire (June 2025)"
    kind "event"
    since "2025-06"
    date "2025-06"
    evidence [
      source "spyer-2025-12-12"
      quote "Following the Gaza ceasefire on October 10, and the previous ceasefires agreed by Iran in June of this year, and Hezbollah in November 2024, it was widely predicted by Israeli observers that Iran must surely adopt a new national strategy, the approach based on proxies having been so clearly defeated."
      confidence "high"
    ]
  ]
  node [
    id 29
    label "hezbollah-ceasefire"
    displayLabel "Hezbollah ceasefire (November 2024)"
    kind "event"
    since "2024-11"
    date "2024-11"
    evidence [
      source "spyer-2025-12-12"
      quote "Following the Gaza ceasefire on October 10, and the previous ceasefires agreed by Iran in June of this year, and Hezbollah in November 2024, it was widely predicted by Israeli observers that Iran must surely adopt a new national strategy, the approach based on proxies having been so clearly defeated."
      confidence "high"
    ]
  ]
  edge [
    source 0
    target 6
    id "iran-backs-iraqi-militias"
    relation "backs"
    evidence [
      source "spyer-2025-12-12"
      quote "As Iran&#8217;s regional axis seeks rapidly to rebuild itself following the losses suffered during the two-year war against Israel, there is mounting concern in Jerusalem that the militias&#8217; ongoing strength in Iraq could mean the country&#8217;s western deserts might be used as a launching area either by the militias, or their Iranian backers, in the event of renewed hostilities between Israel and Iran."
      confidence "high"
    ]
  ]
  edge [
    source 0
    target 7
    id "iran-backs-aah"
    relation "backs"
    evidence [
      source "spyer-2025-12-12"
      quote "Asaib Ahl al Haq is one of the most active of the pro-Iran militias and has been involved in abductions and murders of Westerners."
      confidence "medium"
    ]
  ]
  edge [
    source 0
    target 8
    id "iran-backs-badr"
    relation "backs"
    evidence [
      source "spyer-2025-12-12"
      quote "The Badr Organization, the oldest and among the most established of the Iran-linked Shi&#8217;ite militias (and one which, unlike AH, remains undesignated as a terror organization by the US government), won 18 seats."
      confidence "medium"
    ]
  ]
  edge [
    source 0
    target 9
    id "iran-backs-kh"
    relation "backs"
    evidence [
      source "spyer-2025-12-12"
      quote "All three of these militias are component elements within the Coordination Framework (CF), the largest single grouping within the Iraqi parliament."
      confidence "medium"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "It showed the extent to which Iran-supported militias continue to play a key role in Iraqi governance, and are able and willing to act to prevent any moves to curtail or reduce the power and the capacities of their allies."
      confidence "medium"
    ]
  ]
  edge [
    source 0
    target 10
    id "iran-backs-hezbollah"
    relation "backs"
    evidence [
      source "spyer-2025-12-12"
      quote "The move was rapidly hailed as a major step forward, signaling Baghdad&#8217;s determination to distance itself from Iran&#8217;s regional network of militias."
      confidence "medium"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "The political direction in Iraq demonstrated the extent to which the Iranian model for the seeding of proxy political and military power in Arab states remains unbroken, and essentially unchanged, despite the events of the last two years."
      confidence "medium"
    ]
  ]
  edge [
    source 0
    target 11
    id "iran-backs-houthis"
    relation "backs"
    evidence [
      source "spyer-2025-12-12"
      quote "The move was rapidly hailed as a major step forward, signaling Baghdad&#8217;s determination to distance itself from Iran&#8217;s regional network of militias."
      confidence "medium"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "The political direction in Iraq demonstrated the extent to which the Iranian model for the seeding of proxy political and military power in Arab states remains unbroken, and essentially unchanged, despite the events of the last two years."
      confidence "medium"
    ]
  ]
  edge [
    source 0
    target 5
    id "iran-leads-axis"
    relation "leads"
    evidence [
      source "spyer-2025-12-12"
      quote "As Iran&#8217;s regional axis seeks rapidly to rebuild itself following the losses suffered during the two-year war against Israel, there is mounting concern in Jerusalem that the militias&#8217; ongoing strength in Iraq could mean the country&#8217;s western deserts might be used as a launching area either by the militias, or their Iranian backers, in the event of renewed hostilities between Israel and Iran."
      confidence "high"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "The Iran-led regional bloc and its project have not been destroyed, though it received serious setbacks as a result of the last two years of war."
      confidence "high"
    ]
  ]
  edge [
    source 6
    target 5
    id "iraqi-militias-part-of-axis"
    relation "part-of"
    evidence [
      source "spyer-2025-12-12"
      quote "Although there is a general impression in Israel that the Iran-led militia array has been defeated in the course of the last two years, or at least has suffered severe setbacks, this is not entirely supported by the facts."
      confidence "medium"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "In the Iraqi case, the militias have made significant advances in recent months."
      confidence "medium"
    ]
  ]
  edge [
    source 10
    target 5
    id "hezbollah-part-of-axis"
    relation "part-of"
    evidence [
      source "spyer-2025-12-12"
      quote "The move was rapidly hailed as a major step forward, signaling Baghdad&#8217;s determination to distance itself from Iran&#8217;s regional network of militias."
      confidence "medium"
    ]
  ]
  edge [
    source 11
    target 5
    id "houthis-part-of-axis"
    relation "part-of"
    evidence [
      source "spyer-2025-12-12"
      quote "The move was rapidly hailed as a major step forward, signaling Baghdad&#8217;s determination to distance itself from Iran&#8217;s regional network of militias."
      confidence "medium"
    ]
  ]
  edge [
    source 5
    target 1
    id "axis-dominates-iraq"
    relation "dominates"
    evidence [
      source "spyer-2025-12-12"
      quote "The Iran-led element is quite content to allow large swathes of the political and societal life of the country to continue without its interference."
      confidence "medium"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "But when issues arise of importance to this structure, no other force can stand against it or contradict its will."
      confidence "medium"
    ]
  ]
  edge [
    source 7
    target 6
    id "aah-part-of-iraqi-militias"
    relation "part-of"
    evidence [
      source "spyer-2025-12-12"
      quote "Asaib Ahl al Haq is one of the most active of the pro-Iran militias and has been involved in abductions and murders of Westerners."
      confidence "high"
    ]
  ]
  edge [
    source 8
    target 6
    id "badr-part-of-iraqi-militias"
    relation "part-of"
    evidence [
      source "spyer-2025-12-12"
      quote "The Badr Organization, the oldest and among the most established of the Iran-linked Shi&#8217;ite militias (and one which, unlike AH, remains undesignated as a terror organization by the US government), won 18 seats."
      confidence "high"
    ]
  ]
  edge [
    source 9
    target 6
    id "kh-part-of-iraqi-militias"
    relation "part-of"
    evidence [
      source "spyer-2025-12-12"
      quote "All three of these militias are component elements within the Coordination Framework (CF), the largest single grouping within the Iraqi parliament."
      confidence "medium"
    ]
  ]
  edge [
    source 19
    target 7
    id "khazali-leads-aah"
    relation "leads"
    evidence [
      source "spyer-2025-12-12"
      quote "The Sadiqoun bloc, associated with the Asaib Ahl al-Haq (AH) militia, led by Qais al-Khazali, won 27 seats in the 329-seat parliament."
      confidence "high"
    ]
  ]
  edge [
    source 7
    target 12
    id "aah-political-wing-sadiqoun"
    relation "political-wing"
    evidence [
      source "spyer-2025-12-12"
      quote "The Sadiqoun bloc, associated with the Asaib Ahl al-Haq (AH) militia, led by Qais al-Khazali, won 27 seats in the 329-seat parliament."
      confidence "medium"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "Rather, it is the militias themselves, in their political iteration, who are moving forward."
      confidence "medium"
    ]
  ]
  edge [
    source 9
    target 13
    id "kh-political-wing-huquq"
    relation "political-wing"
    evidence [
      source "spyer-2025-12-12"
      quote "The Huquq (Rights) list, linked to the Ktaeb Hezbollah (KH) group, won six seats."
      confidence "medium"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "Rather, it is the militias themselves, in their political iteration, who are moving forward."
      confidence "medium"
    ]
  ]
  edge [
    source 12
    target 17
    id "sadiqoun-won-seats-in-parliament"
    relation "won-seats-in"
    since "2025-11"
    evidence [
      source "spyer-2025-12-12"
      quote "The Sadiqoun bloc, associated with the Asaib Ahl al-Haq (AH) militia, led by Qais al-Khazali, won 27 seats in the 329-seat parliament."
      confidence "high"
    ]
  ]
  edge [
    source 8
    target 17
    id "badr-won-seats-in-parliament"
    relation "won-seats-in"
    since "2025-11"
    evidence [
      source "spyer-2025-12-12"
      quote "The Badr Organization, the oldest and among the most established of the Iran-linked Shi&#8217;ite militias (and one which, unlike AH, remains undesignated as a terror organization by the US government), won 18 seats."
      confidence "high"
    ]
  ]
  edge [
    source 13
    target 17
    id "huquq-won-seats-in-parliament"
    relation "won-seats-in"
    since "2025-11"
    evidence [
      source "spyer-2025-12-12"
      quote "The Huquq (Rights) list, linked to the Ktaeb Hezbollah (KH) group, won six seats."
      confidence "high"
    ]
  ]
  edge [
    source 14
    target 17
    id "rdb-won-seats-in-parliament"
    relation "won-seats-in"
    since "2025-11"
    evidence [
      source "spyer-2025-12-12"
      quote "Prime Minister Mohammed Shia al-Sudani, whose Reconstruction and Development Bloc won 46 seats, will be unable to form a new administration without the CF&#8217;s backing."
      confidence "high"
    ]
  ]
  edge [
    source 24
    target 17
    id "elections-elected-parliament"
    relation "elected"
    since "2025-11"
    evidence [
      source "spyer-2025-12-12"
      quote "In the November Iraqi elections, parties linked to the Shi&#8217;ite militias performed well."
      confidence "medium"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "The Sadiqoun bloc, associated with the Asaib Ahl al-Haq (AH) militia, led by Qais al-Khazali, won 27 seats in the 329-seat parliament."
      confidence "medium"
    ]
  ]
  edge [
    source 7
    target 15
    id "aah-member-of-cf"
    relation "member-of"
    evidence [
      source "spyer-2025-12-12"
      quote "All three of these militias are component elements within the Coordination Framework (CF), the largest single grouping within the Iraqi parliament."
      confidence "high"
    ]
  ]
  edge [
    source 8
    target 15
    id "badr-member-of-cf"
    relation "member-of"
    evidence [
      source "spyer-2025-12-12"
      quote "All three of these militias are component elements within the Coordination Framework (CF), the largest single grouping within the Iraqi parliament."
      confidence "high"
    ]
  ]
  edge [
    source 9
    target 15
    id "kh-member-of-cf"
    relation "member-of"
    evidence [
      source "spyer-2025-12-12"
      quote "All three of these militias are component elements within the Coordination Framework (CF), the largest single grouping within the Iraqi parliament."
      confidence "high"
    ]
  ]
  edge [
    source 6
    target 15
    id "iraqi-militias-member-of-cf"
    relation "member-of"
    evidence [
      source "spyer-2025-12-12"
      quote "The CF brings together all the main Shi&#8217;ite militias into a single list, alongside several non-armed factions."
      confidence "high"
    ]
  ]
  edge [
    source 21
    target 15
    id "maliki-member-of-cf"
    relation "member-of"
    standing "the most powerful player within the Framework"
    evidence [
      source "spyer-2025-12-12"
      quote "The most powerful player within the Framework is former Prime Minister Nouri al-Maliki."
      confidence "high"
    ]
  ]
  edge [
    source 21
    target 6
    id "maliki-backs-iraqi-militias"
    relation "backs"
    evidence [
      source "spyer-2025-12-12"
      quote "While not a militia leader himself, he is closely linked to the armed groups and acts in their interest, seeking to embed their representatives within a broader political framework in order to increase their ability to shape policy and guard them from any legal efforts against them."
      confidence "high"
    ]
  ]
  edge [
    source 15
    target 17
    id "cf-part-of-parliament"
    relation "part-of"
    evidence [
      source "spyer-2025-12-12"
      quote "All three of these militias are component elements within the Coordination Framework (CF), the largest single grouping within the Iraqi parliament."
      confidence "high"
    ]
  ]
  edge [
    source 15
    target 16
    id "cf-backs-iraq-gov"
    relation "backs"
    evidence [
      source "spyer-2025-12-12"
      quote "This faction backed the current government."
      confidence "high"
    ]
  ]
  edge [
    source 14
    target 15
    id "rdb-joined-cf"
    relation "joined"
    since "2025-11-18"
    attribute [
      name "announced-by"
      value "Sudani"
    ]
    attribute [
      name "joint-bloc-seats"
      value 165
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "On November 18, following the elections, Sudani announced that his faction would join with the CF, giving the joint bloc the command of 165 seats and making it almost certainly the faction around which the next government will be formed."
      confidence "high"
    ]
  ]
  edge [
    source 16
    target 1
    id "iraq-gov-part-of-iraq"
    relation "part-of"
    evidence [
      source "spyer-2025-12-12"
      quote "This week, the government of Iraq announced a decision to freeze assets held by the Lebanese Hezbollah organization and the Yemeni Ansar Allah (Houthis) group."
      confidence "high"
    ]
  ]
  edge [
    source 20
    target 16
    id "sudani-leads-iraq-gov"
    relation "leads"
    evidence [
      source "spyer-2025-12-12"
      quote "Prime Minister Mohammed Shia al-Sudani, whose Reconstruction and Development Bloc won 46 seats, will be unable to form a new administration without the CF&#8217;s backing."
      confidence "high"
    ]
  ]
  edge [
    source 20
    target 14
    id "sudani-leads-rdb"
    relation "leads"
    evidence [
      source "spyer-2025-12-12"
      quote "Prime Minister Mohammed Shia al-Sudani, whose Reconstruction and Development Bloc won 46 seats, will be unable to form a new administration without the CF&#8217;s backing."
      confidence "high"
    ]
  ]
  edge [
    source 18
    target 16
    id "pm-media-office-part-of-iraq-gov"
    relation "part-of"
    evidence [
      source "spyer-2025-12-12"
      quote "Within hours, however, the government reversed its decision, with the Prime Minister&#8217;s Media Office asserting that an &#8220;error&#8221; had been made."
      confidence "medium"
    ]
  ]
  edge [
    source 6
    target 16
    id "iraqi-militias-dominates-iraq-gov"
    relation "dominates"
    evidence [
      source "spyer-2025-12-12"
      quote "Such a government will continue to obey the demands of the militias in areas crucial to them, as seen, for example, in the move to reverse the decision on the Houthis and Lebanese Hezbollah."
      confidence "high"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "It showed the extent to which Iran-supported militias continue to play a key role in Iraqi governance, and are able and willing to act to prevent any moves to curtail or reduce the power and the capacities of their allies."
      confidence "high"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "As an article in the Arab Weekly described it succinctly this week: Iraq currently lives under &#8220;a system in which the formal state is largely a framework through which powerful political and militia networks operate.&#8221;"
      confidence "medium"
    ]
    evidence [
      source "arab-weekly-2025-12"
      quote "a system in which the formal state is largely a framework through which powerful political and militia networks operate."
      confidence "medium"
    ]
  ]
  edge [
    source 16
    target 25
    id "iraq-gov-announced-asset-freeze"
    relation "announced"
    since "2025-12"
    evidence [
      source "spyer-2025-12-12"
      quote "This week, the government of Iraq announced a decision to freeze assets held by the Lebanese Hezbollah organization and the Yemeni Ansar Allah (Houthis) group."
      confidence "high"
    ]
  ]
  edge [
    source 25
    target 10
    id "asset-freeze-targets-hezbollah"
    relation "targets"
    since "2025-12"
    evidence [
      source "spyer-2025-12-12"
      quote "This week, the government of Iraq announced a decision to freeze assets held by the Lebanese Hezbollah organization and the Yemeni Ansar Allah (Houthis) group."
      confidence "high"
    ]
  ]
  edge [
    source 25
    target 11
    id "asset-freeze-targets-houthis"
    relation "targets"
    since "2025-12"
    evidence [
      source "spyer-2025-12-12"
      quote "This week, the government of Iraq announced a decision to freeze assets held by the Lebanese Hezbollah organization and the Yemeni Ansar Allah (Houthis) group."
      confidence "high"
    ]
  ]
  edge [
    source 16
    target 25
    id "iraq-gov-reversed-asset-freeze"
    relation "reversed"
    since "2025-12"
    evidence [
      source "spyer-2025-12-12"
      quote "Within hours, however, the government reversed its decision, with the Prime Minister&#8217;s Media Office asserting that an &#8220;error&#8221; had been made."
      confidence "high"
    ]
  ]
  edge [
    source 18
    target 25
    id "pm-media-office-disavowed-asset-freeze"
    relation "disavowed"
    since "2025-12"
    evidence [
      source "spyer-2025-12-12"
      quote "Within hours, however, the government reversed its decision, with the Prime Minister&#8217;s Media Office asserting that an &#8220;error&#8221; had been made."
      confidence "high"
    ]
  ]
  edge [
    source 6
    target 25
    id "iraqi-militias-opposes-asset-freeze"
    relation "opposes"
    since "2025-12"
    evidence [
      source "spyer-2025-12-12"
      quote "Such a government will continue to obey the demands of the militias in areas crucial to them, as seen, for example, in the move to reverse the decision on the Houthis and Lebanese Hezbollah."
      confidence "medium"
    ]
  ]
  edge [
    source 6
    target 10
    id "iraqi-militias-allied-with-hezbollah"
    relation "allied-with"
    evidence [
      source "spyer-2025-12-12"
      quote "It showed the extent to which Iran-supported militias continue to play a key role in Iraqi governance, and are able and willing to act to prevent any moves to curtail or reduce the power and the capacities of their allies."
      confidence "medium"
    ]
  ]
  edge [
    source 6
    target 11
    id "iraqi-militias-allied-with-houthis"
    relation "allied-with"
    evidence [
      source "spyer-2025-12-12"
      quote "It showed the extent to which Iran-supported militias continue to play a key role in Iraqi governance, and are able and willing to act to prevent any moves to curtail or reduce the power and the capacities of their allies."
      confidence "medium"
    ]
  ]
  edge [
    source 5
    target 2
    id "axis-at-war-with-israel"
    relation "at-war-with"
    attribute [
      name "duration-years"
      value 2
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "As Iran&#8217;s regional axis seeks rapidly to rebuild itself following the losses suffered during the two-year war against Israel, there is mounting concern in Jerusalem that the militias&#8217; ongoing strength in Iraq could mean the country&#8217;s western deserts might be used as a launching area either by the militias, or their Iranian backers, in the event of renewed hostilities between Israel and Iran."
      confidence "high"
    ]
  ]
  edge [
    source 6
    target 2
    id "iraqi-militias-threatens-israel"
    relation "threatens"
    attribute [
      name "distance-km"
      value 400
    ]
    means "drones and missiles"
    evidence [
      source "spyer-2025-12-12"
      quote "It has long been known to Israel that the militias have missiles deployed in the large deserts close to Iraq&#8217;s western borders."
      confidence "high"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "The distance from western Iraq to Israel&#8217;s north is only 400 km."
      confidence "high"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "This relatively close proximity would enable the militias to launch a wide array of drones and missiles, which would quickly reach Israeli airspace."
      confidence "medium"
    ]
  ]
  edge [
    source 3
    target 7
    id "us-designated-aah"
    relation "designated"
    designation "terror organization"
    evidence [
      source "spyer-2025-12-12"
      quote "The Badr Organization, the oldest and among the most established of the Iran-linked Shi&#8217;ite militias (and one which, unlike AH, remains undesignated as a terror organization by the US government), won 18 seats."
      confidence "medium"
    ]
  ]
  edge [
    source 9
    target 22
    id "kh-kidnapped-tsurkov"
    relation "kidnapped"
    until "2025-09"
    acts "kidnapping, imprisonment, and torture"
    attribute [
      name "days-in-captivity"
      value 903
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "KH was responsible for the kidnapping, imprisonment, and torture of Elizabeth Tsurkov, an Israeli citizen who was released in September after 903 days in captivity."
      confidence "high"
    ]
  ]
  edge [
    source 22
    target 2
    id "tsurkov-citizen-of-israel"
    relation "citizen-of"
    evidence [
      source "spyer-2025-12-12"
      quote "KH was responsible for the kidnapping, imprisonment, and torture of Elizabeth Tsurkov, an Israeli citizen who was released in September after 903 days in captivity."
      confidence "high"
    ]
  ]
  edge [
    source 0
    target 4
    id "iran-lost-syria"
    relation "lost"
    evidence [
      source "spyer-2025-12-12"
      quote "With the loss of Syria, Iraq has taken on added importance to Tehran."
      confidence "high"
    ]
  ]
  edge [
    source 0
    target 28
    id "iran-agreed-to-iran-ceasefire"
    relation "agreed-to"
    since "2025-06"
    evidence [
      source "spyer-2025-12-12"
      quote "Following the Gaza ceasefire on October 10, and the previous ceasefires agreed by Iran in June of this year, and Hezbollah in November 2024, it was widely predicted by Israeli observers that Iran must surely adopt a new national strategy, the approach based on proxies having been so clearly defeated."
      confidence "high"
    ]
  ]
  edge [
    source 2
    target 28
    id "israel-agreed-to-iran-ceasefire"
    relation "agreed-to"
    since "2025-06"
    evidence [
      source "spyer-2025-12-12"
      quote "Following the Gaza ceasefire on October 10, and the previous ceasefires agreed by Iran in June of this year, and Hezbollah in November 2024, it was widely predicted by Israeli observers that Iran must surely adopt a new national strategy, the approach based on proxies having been so clearly defeated."
      confidence "medium"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "As Iran&#8217;s regional axis seeks rapidly to rebuild itself following the losses suffered during the two-year war against Israel, there is mounting concern in Jerusalem that the militias&#8217; ongoing strength in Iraq could mean the country&#8217;s western deserts might be used as a launching area either by the militias, or their Iranian backers, in the event of renewed hostilities between Israel and Iran."
      confidence "medium"
    ]
  ]
  edge [
    source 10
    target 29
    id "hezbollah-agreed-to-hezbollah-ceasefire"
    relation "agreed-to"
    since "2024-11"
    evidence [
      source "spyer-2025-12-12"
      quote "Following the Gaza ceasefire on October 10, and the previous ceasefires agreed by Iran in June of this year, and Hezbollah in November 2024, it was widely predicted by Israeli observers that Iran must surely adopt a new national strategy, the approach based on proxies having been so clearly defeated."
      confidence "high"
    ]
  ]
  edge [
    source 2
    target 29
    id "israel-agreed-to-hezbollah-ceasefire"
    relation "agreed-to"
    since "2024-11"
    evidence [
      source "spyer-2025-12-12"
      quote "Following the Gaza ceasefire on October 10, and the previous ceasefires agreed by Iran in June of this year, and Hezbollah in November 2024, it was widely predicted by Israeli observers that Iran must surely adopt a new national strategy, the approach based on proxies having been so clearly defeated."
      confidence "medium"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "As Iran&#8217;s regional axis seeks rapidly to rebuild itself following the losses suffered during the two-year war against Israel, there is mounting concern in Jerusalem that the militias&#8217; ongoing strength in Iraq could mean the country&#8217;s western deserts might be used as a launching area either by the militias, or their Iranian backers, in the event of renewed hostilities between Israel and Iran."
      confidence "medium"
    ]
  ]
  edge [
    source 2
    target 27
    id "israel-agreed-to-gaza-ceasefire"
    relation "agreed-to"
    since "2025-10-10"
    evidence [
      source "spyer-2025-12-12"
      quote "Following the Gaza ceasefire on October 10, and the previous ceasefires agreed by Iran in June of this year, and Hezbollah in November 2024, it was widely predicted by Israeli observers that Iran must surely adopt a new national strategy, the approach based on proxies having been so clearly defeated."
      confidence "medium"
    ]
    evidence [
      source "spyer-2025-12-12"
      quote "First of all, the somewhat triumphalist and delusional rhetoric that followed the ceasefire in Gaza should be retired forthwith."
      confidence "medium"
    ]
  ]
  edge [
    source 26
    target 6
    id "mosul-billboard-depicts-iraqi-militias"
    relation "depicts"
    evidence [
      source "spyer-2025-12-12"
      quote "Billboard of Iran-backed militia members on billboard, including the late Qasem Suleimani. Mosul, Iraq October 30, 2024."
      confidence "high"
    ]
  ]
  edge [
    source 26
    target 23
    id "mosul-billboard-depicts-suleimani"
    relation "depicts"
    evidence [
      source "spyer-2025-12-12"
      quote "Billboard of Iran-backed militia members on billboard, including the late Qasem Suleimani. Mosul, Iraq October 30, 2024."
      confidence "high"
    ]
  ]
]
