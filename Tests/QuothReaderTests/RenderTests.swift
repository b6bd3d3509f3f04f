import QuothAnalysis
import Testing

@testable import QuothReader

/// Whole screens, compared as text (styles written inline where they matter).
/// The articles are the fixtures' own texts with hand-made analyses.
@Suite struct RenderTests {
  /// The sample article at 120x40: title, article, quotes pane, status, hints.
  @Test func sampleArticleAt120x40() {
    let screen = render(Fixture.state([Fixture.sample], width: 120, height: 40)).text
    #expect(
      screen == """
         Harbour Town Votes to Keep Its Night Ferry Running                                                  sample-article.txt
          Harbour Town Votes to Keep Its Night Ferry Running                           │ Quotes 5
                                                                                       │  1 Priya Raman
          The last ferry across the Kell estuary will keep sailing after midnight,     │    “This boat is how nurses, bakers an…
          the Harbour Town council decided on Tuesday, ending a six-month fight over   │  2 Estuary Lines
          a service that carries fewer than forty people a night.                      │    “honour the council’s decision for…
                                                                                       │  3 Dara Okafor
          The vote, nine to four, came after a petition signed by 3,100 residents and  │    “People picture a tourist boat,”…
          a week of protests outside the council offices in Marlow Street.             │  4 Tomas Lindqvist
                                                                                       │    “I went out at midnight expecting a…
          “This boat is how nurses, bakers and cleaners get home,” said Councillor     │  5 Priya Raman ↻ repeats 1
          Priya Raman, who led the campaign to save it. “Cut it, and you cut them      │    “Cut it, and you cut them off.”
          off.”                                                                        │
                                                                                       │
          The ferry operator, Estuary Lines, had argued that the late crossings lose   │
          money every month. The company said in a statement that it would “honour     │
          the council’s decision for as long as the subsidy lasts.”                    │
                                                                                       │
          Who rides at midnight                                                        │
                                                                                       │
          Dara Okafor, a night-shift nurse at St. Brigid’s Hospital, has taken the     │
          12:40 crossing four nights a week for eleven years.                          │
                                                                                       │
          “People picture a tourist boat,” she said. “It is a bus with a deck.         │
          Without it I would spend two hours on the road around the estuary, and so    │
          would everyone I work with.                                                  │
                                                                                       │
          “We are not asking for a favour. We are asking for the same thing the day    │
          workers already have.”                                                       │
                                                                                       │
          Okafor told the council the ferry was “the only reason” she could keep her   │
          job. Mayor Tomas Lindqvist, who voted against the plan in the spring, said   │
          he had changed his mind after riding the boat himself.                       │
                                                                                       │
          “I went out at midnight expecting an empty deck,” Lindqvist said. “It was    │
          full.”                                                                       │
                                                                                       │
          The cost                                                                     │
         line 1/64 57%   quote -/5
         J next quote  K previous  Tab pane  s speaker  / search  v speakers  E entities  ? help  q quit
        """)
    // What it is about: title line, article beside a pane of every quote, status, hints.
    let lines = screen.components(separatedBy: "\n")
    #expect(lines.count == 40)
    #expect(lines[0].hasSuffix("sample-article.txt"))
    #expect(lines[1].hasSuffix("│ Quotes 5"))
    let border = lines[1].distance(from: lines[1].startIndex, to: lines[1].firstIndex(of: "│")!)
    #expect(lines[1..<38].allSatisfy { Array($0).count > border && Array($0)[border] == "│" })
    #expect(lines[38].contains("line 1/64") && lines[38].contains("quote -/5"))
    #expect(lines[39].hasPrefix(" J next quote"))
  }

  /// J J selects the second quote in the text and the pane.
  @Test func sampleArticleAt120x40AfterTwoQuotes() {
    let screen = render(
      Fixture.press("JJ", on: Fixture.state([Fixture.sample], width: 120, height: 40))
    ).styledText(showing: [.quoteCurrent, .selected])
    #expect(
      screen == """
         Harbour Town Votes to Keep Its Night Ferry Running                                                  sample-article.txt
          Harbour Town Votes to Keep Its Night Ferry Running                           │ Quotes 5
                                                                                       │  1 Priya Raman
          The last ferry across the Kell estuary will keep sailing after midnight,     │    “This boat is how nurses, bakers an…
          the Harbour Town council decided on Tuesday, ending a six-month fight over   │{selected:  2 Estuary Lines                       }
          a service that carries fewer than forty people a night.                      │{selected:    “honour the council’s decision for… }
                                                                                       │  3 Dara Okafor
          The vote, nine to four, came after a petition signed by 3,100 residents and  │    “People picture a tourist boat,”…
          a week of protests outside the council offices in Marlow Street.             │  4 Tomas Lindqvist
                                                                                       │    “I went out at midnight expecting a…
          “This boat is how nurses, bakers and cleaners get home,” said Councillor     │  5 Priya Raman ↻ repeats 1
          Priya Raman, who led the campaign to save it. “Cut it, and you cut them      │    “Cut it, and you cut them off.”
          off.”                                                                        │
                                                                                       │
          The ferry operator, Estuary Lines, had argued that the late crossings lose   │
          money every month. The company said in a statement that it would {quote.current:“honour}     │
          {quote.current:the council’s decision for as long as the subsidy lasts.”}                    │
                                                                                       │
          Who rides at midnight                                                        │
                                                                                       │
          Dara Okafor, a night-shift nurse at St. Brigid’s Hospital, has taken the     │
          12:40 crossing four nights a week for eleven years.                          │
                                                                                       │
          “People picture a tourist boat,” she said. “It is a bus with a deck.         │
          Without it I would spend two hours on the road around the estuary, and so    │
          would everyone I work with.                                                  │
                                                                                       │
          “We are not asking for a favour. We are asking for the same thing the day    │
          workers already have.”                                                       │
                                                                                       │
          Okafor told the council the ferry was “the only reason” she could keep her   │
          job. Mayor Tomas Lindqvist, who voted against the plan in the spring, said   │
          he had changed his mind after riding the boat himself.                       │
                                                                                       │
          “I went out at midnight expecting an empty deck,” Lindqvist said. “It was    │
          full.”                                                                       │
                                                                                       │
          The cost                                                                     │
         line 1/64 57%   quote 2/5
         J next quote  K previous  Tab pane  s speaker  / search  v speakers  E entities  ? help  q quit
        """)
    // The second quote is selected in the pane and marked in the text, and only it.
    #expect(screen.contains("{selected:  2 Estuary Lines"))
    #expect(screen.components(separatedBy: "{quote.current:").count == 3)
    #expect(
      screen.contains("{quote.current:the council’s decision for as long as the subsidy lasts.”}"))
    #expect(screen.contains("quote 2/5"))
  }

  /// Below 80 columns the pane hides itself.
  @Test func sampleArticleAt60x20HidesThePane() {
    let screen = render(Fixture.state([Fixture.sample], width: 60, height: 20)).text
    #expect(
      screen == """
         Harbour Town Votes to Keep Its Night Ferry Running
          Harbour Town Votes to Keep Its Night Ferry Running

          The last ferry across the Kell estuary will keep sailing
          after midnight, the Harbour Town council decided on
          Tuesday, ending a six-month fight over a service that
          carries fewer than forty people a night.

          The vote, nine to four, came after a petition signed by
          3,100 residents and a week of protests outside the
          council offices in Marlow Street.

          “This boat is how nurses, bakers and cleaners get home,”
          said Councillor Priya Raman, who led the campaign to
          save it. “Cut it, and you cut them off.”

          The ferry operator, Estuary Lines, had argued that the
          late crossings lose money every month. The company said
         line 1/76 22%   quote -/5
         J next quote  K previous  i quote  ? help  q quit
        """)
    // No pane, and every line within the 60 columns.
    #expect(!screen.contains("│"))
    #expect(screen.components(separatedBy: "\n").allSatisfy { CellWidth.of($0) <= 60 })
  }

  /// Teasers and credits at the end are dimmed behind a gutter mark.
  @Test func boilerplateIsSetApart() {
    let screen = render(
      Fixture.press("G", on: Fixture.state([Fixture.sample], width: 60, height: 20))
    ).styledText(showing: [.boilerplate, .quote, .heading])
    #expect(
      screen == """
         Harbour Town Votes to Keep Its Night Ferry Running
          the “Night Ferry Choir.”

          {quote:“Cut it, and you cut them off.”}

          For Raman, the fight is far from over. “A vote is a
          promise,” she said, “and now we make sure it is kept.”

          {boilerplate:┆} {boilerplate:Five things to know about the new tram timetable}
          {boilerplate:┆} {boilerplate:before Monday…}

          {boilerplate:┆} {boilerplate:Photo credit: Harbour Town Council}

          {boilerplate:┆} {boilerplate:Local bakery wins regional award for its sourdough,}
          {boilerplate:┆} {boilerplate:judges say…}

          {boilerplate:┆} {boilerplate:Read more: How the estuary tides shape the town’s}
          {boilerplate:┆} {boilerplate:economy…}
         line 60/76 100%   quote -/5
         J next quote  K previous  i quote  ? help  q quit
        """)
    // The four teaser and credit paragraphs (seven lines) carry the gutter; the story none.
    #expect(screen.components(separatedBy: "{boilerplate:┆}").count == 8)
    #expect(
      screen.components(separatedBy: "\n").filter { $0.contains("Raman") || $0.contains("Choir") }
        .allSatisfy { !$0.contains("boilerplate") })
  }

  /// P hides the pane on a wide window; the text reflows.
  @Test func thePaneTogglesOff() {
    let screen = render(
      Fixture.press("p", on: Fixture.state([Fixture.sample], width: 100, height: 16))
    ).text
    #expect(
      screen == """
         Harbour Town Votes to Keep Its Night Ferry Running                              sample-article.txt
          Harbour Town Votes to Keep Its Night Ferry Running

          The last ferry across the Kell estuary will keep sailing after midnight, the Harbour Town
          council decided on Tuesday, ending a six-month fight over a service that carries fewer than
          forty people a night.

          The vote, nine to four, came after a petition signed by 3,100 residents and a week of protests
          outside the council offices in Marlow Street.

          “This boat is how nurses, bakers and cleaners get home,” said Councillor Priya Raman, who led
          the campaign to save it. “Cut it, and you cut them off.”

          The ferry operator, Estuary Lines, had argued that the late crossings lose money every month.
         line 1/58 22%   quote -/5
         J next quote  K previous  i quote  s speaker  / search  v speakers  E entities  ? help  q quit
        """)
    // The pane is gone and the text takes the whole width.
    #expect(!screen.contains("│"))
    #expect(screen.components(separatedBy: "\n").contains { CellWidth.of($0) > 90 })
  }

  /// Styles inline.
  @Test func entitiesQuotesHeadingsAndTitleAreStyled() {
    let screen = render(Fixture.state(width: 90, height: 20)).styledText(showing: [
      .title, .heading, .boilerplate, .entityPerson, .entityPlace, .entityOrg, .entityDate, .quote,
    ])
    #expect(
      screen == """
        {title: Council Keeps the Night Bus                                                      bus.txt }
          {title:Council Keeps the Night Bus}                              │ Quotes 4
                                                                   │  1 Ana Ruiz
          The night bus will keep running, the {entity.place:Westbrook} council   │    {quote:“We heard the riders,”…}
          said on {entity.date:Monday}.                                          │  2 Leo Park
                                                                   │    {quote:“overdue.”}
          {quote:“We heard the riders,”} said Mayor {entity.person:Ana Ruiz}. {quote:“The bus}     │  3 Ana Ruiz
          {quote:stays.”}                                                  │    {quote:“Nobody should walk home…}
                                                                   │  4 Ana Ruiz ↻ repeats 1
          {entity.org:Transit Union} spokesman {entity.person:Leo Park} said the decision was   │    {quote:“The bus stays.”}
          {quote:“overdue.”}                                               │
                                                                   │
          {heading:Schedules}                                                │
                                                                   │
          {quote:“Nobody should walk home at 2 a.m.,”} {entity.person:Ruiz} said.          │
                                                                   │
          {quote:“The bus stays.”}                                         │
                                                                   │
         line 1/18 94%   quote -/4
         J next quote  K previous  Tab pane  s speaker  / search  v speakers  ? help  q quit
        """)
    // One entity of each type, each in its own style.
    for styled in [
      "{entity.person:Ana Ruiz}", "{entity.place:Westbrook}", "{entity.org:Transit Union}",
      "{entity.date:Monday}", "{title:Council Keeps the Night Bus}",
    ] {
      #expect(screen.contains(styled))
    }
  }

  /// Only Leo Park's quote in the pane and marked in the text.
  @Test func aSpeakerFilter() {
    let screen = render(
      Fixture.press("s<Down><Down><Enter>", on: Fixture.state(width: 90, height: 20))
    ).styledText(showing: [.quote, .quoteCurrent, .selected])
    #expect(
      screen == """
         Council Keeps the Night Bus                                                      bus.txt
          Council Keeps the Night Bus                              │ Quotes 1/4 · Leo Park
                                                                   │{selected:  2 Leo Park                  }
          The night bus will keep running, the Westbrook council   │{selected:    }{quote+selected:“overdue.”}{selected:                }
          said on Monday.                                          │
                                                                   │
          “We heard the riders,” said Mayor Ana Ruiz. “The bus     │
          stays.”                                                  │
                                                                   │
          Transit Union spokesman Leo Park said the decision was   │
          {quote+quote.current:“overdue.”}                                               │
                                                                   │
          Schedules                                                │
                                                                   │
          “Nobody should walk home at 2 a.m.,” Ruiz said.          │
                                                                   │
          “The bus stays.”                                         │
                                                                   │
         line 1/18 94%   quote 1/1   speaker: Leo Park                      quotes by Leo Park: 1
         J next quote  K previous  Tab pane  s speaker  / search  v speakers  ? help  q quit
        """)
    // Leo Park's one quote only: the pane and the status say so.
    #expect(screen.contains("Quotes 1/4 · Leo Park"))
    let pane = screen.components(separatedBy: "\n").filter { $0.contains("│") }
      .compactMap { $0.components(separatedBy: "│").last }
    #expect(!pane.contains { $0.contains("Ana Ruiz") })
    #expect(screen.contains("speaker: Leo Park"))
  }

  /// Typing narrows the picker.
  @Test func theSpeakerPicker() {
    let screen = render(Fixture.press("sle", on: Fixture.state(width: 90, height: 20))).styledText(
      showing: [.selected])
    #expect(
      screen == """
         Council Keeps the Night Bus                                                      bus.txt
          Council Keeps the Night Bus                              │ Quotes 4
                                                                   │  1 Ana Ruiz
          The night bus will keep running, the Westbrook council   │    “We heard the riders,”…
          said on Monday.                                          │  2 Leo Park
                         ╭─ Filter quotes by speaker ───────────────────────────╮”
          “We heard the r│ › le{selected: }                                                │
          stays.”        │{selected: Leo Park                                           1 }│hould walk home…
                         │                                                      │↻ repeats 1
          Transit Union s╰──────────────────────────────────────────────────────╯stays.”
          “overdue.”                                               │
                                                                   │
          Schedules                                                │
                                                                   │
          “Nobody should walk home at 2 a.m.,” Ruiz said.          │
                                                                   │
          “The bus stays.”                                         │
                                                                   │
         line 1/18 94%   quote -/4
         type to narrow  ↓ next  ↑ previous  Enter filter  Esc cancel
        """)
    // "le" leaves Leo Park alone in the picker, selected.
    let picker = screen.components(separatedBy: "\n").filter {
      $0.contains("│{selected:") || $0.contains("Filter quotes")
    }
    #expect(picker.count == 2)
    #expect(picker.last?.contains("Leo Park") == true)
  }

  /// Every match highlighted, the current one apart, a counter.
  @Test func aSearch() {
    let screen = render(Fixture.press("/bus<Enter>n", on: Fixture.state(width: 90, height: 20)))
      .styledText(showing: [.match, .matchCurrent])
    #expect(
      screen == """
         Council Keeps the Night Bus                                                      bus.txt
          Council Keeps the Night {match:Bus}                              │ Quotes 4
                                                                   │  1 Ana Ruiz
          The night {match.current:bus} will keep running, the Westbrook council   │    “We heard the riders,”…
          said on Monday.                                          │  2 Leo Park
                                                                   │    “overdue.”
          “We heard the riders,” said Mayor Ana Ruiz. “The {match:bus}     │  3 Ana Ruiz
          stays.”                                                  │    “Nobody should walk home…
                                                                   │  4 Ana Ruiz ↻ repeats 1
          Transit Union spokesman Leo Park said the decision was   │    “The bus stays.”
          “overdue.”                                               │
                                                                   │
          Schedules                                                │
                                                                   │
          “Nobody should walk home at 2 a.m.,” Ruiz said.          │
                                                                   │
          “The {match:bus} stays.”                                         │
                                                                   │
         line 1/18 94%   quote -/4   match 2/4
         J next quote  K previous  Tab pane  s speaker  / search  v speakers  ? help  q quit
        """)
    // Four matches of "bus": n made the second current; the others highlighted.
    #expect(screen.components(separatedBy: "{match.current:").count == 2)
    #expect(screen.components(separatedBy: "{match:").count == 4)
    #expect(screen.contains("match 2/4"))
  }

  /// Generated from the command table.
  @Test func theHelp() {
    let screen = render(Fixture.press("?", on: Fixture.state(width: 90, height: 20))).text
    #expect(
      screen == """
         Council Keeps the Night Bus                                                      bus.txt
          Keys in the article
          Colours: person organisation place group date · speaker (underlined)

          Moving
            j ↓ ^N ^E             line down (in the pane or a list: next item)  line-down
            k ↑ ^P ^Y             line up (in the pane or a list: previous item)  line-up
            Space f ^F PgDn       page down  page-down
            b ^B PgUp             page up  page-up
            d ^D                  half a page down  half-page-down
            u ^U                  half a page up  half-page-up
            g Home                top  top
            G End                 bottom  bottom

          Quotes and speakers
            J ]                   next quote (the pane follows)  next-quote
            K [                   previous quote  previous-quote
            Tab                   focus the article or the quotes pane  toggle-focus
         help
         j down  k up  q back
        """)
    // Each command with its keys, help text and name, from the command table.
    #expect(
      screen.contains("J ]") && screen.contains("next quote") && screen.contains("next-quote"))
    let tall = render(Fixture.press("?", on: Fixture.state(width: 140, height: 40))).text
    #expect(tall.contains("filter the quotes by speaker") && tall.contains("pick-speaker"))
  }

  /// Bars of quotes and words.
  @Test func theSpeakersView() {
    let screen = render(Fixture.press("v", on: Fixture.state(width: 90, height: 20))).styledText(
      showing: [.selected, .speaker0, .speaker1])
    #expect(
      screen == """
         Council Keeps the Night Bus                                                      bus.txt
          Who is quoted, and how much

          Speaker   Quotes                                Quoted words
        {selected:  }{speaker.0+selected:Ana Ruiz  }{selected:███████████████████████████████ 3     ███████████████████████████████ 15      }
          {speaker.1:Leo Park  }██████████▎ 1                         ██ 1

          4 quotes, 2 speakers, 0 unattributed, 0 uncertain (?). Enter filters by speaker.










         speakers
         j down  k up  Enter open  q back  ? help
        """)
    // Ana Ruiz first with 3 quotes and 15 words, then Leo Park with 1 and 1.
    #expect(screen.contains("█ 3 ") && screen.contains("█ 15"))
    #expect(screen.contains("4 quotes, 2 speakers, 0 unattributed"))
  }

  /// Entities by type with counts.
  @Test func theEntitiesView() {
    let screen = render(Fixture.press("E", on: Fixture.state(width: 90, height: 20))).styledText(
      showing: [.selected, .entityPerson, .entityPlace])
    #expect(
      screen == """
         Council Keeps the Night Bus                                                      bus.txt
          Entities by type
          Colours: {entity.person:person} organisation {entity.place:place} group date · speaker (underlined)

          People (PERSON) · 2
        {selected:    }{entity.person+selected:Ana Ruiz}{selected:  2                                                                           }
            {entity.person:Leo Park}  1

          Organisations (ORG) · 1
            Transit Union  1

          Places (PLACE) · 1
            {entity.place:Westbrook}  1

          Dates (DATE) · 1
            Monday  1

          Enter shows where the selected entity occurs.
         entities
         j down  k up  Enter open  q back  ? help
        """)
    // Every type with its count, Ana Ruiz named twice.
    for heading in [
      "People (PERSON) · 2", "Organisations (ORG) · 1", "Places (PLACE) · 1", "Dates (DATE) · 1",
    ] {
      #expect(screen.contains(heading))
    }
    #expect(screen.contains("Ana Ruiz}{selected:  2"))
  }

  /// Title, quotes, speakers, most quoted.
  @Test func theArticleList() {
    let screen = render(Fixture.state([Fixture.bus, Fixture.sample], width: 90, height: 10))
      .styledText(showing: [.selected])
    #expect(
      screen == """
         quoth                                                                         2 articles
          Article                                         Quotes  Speakers  Most quoted
        {selected:  Council Keeps the Night Bus                     4       2         Ana Ruiz (3)          }
          Harbour Town Votes to Keep Its Night Ferry Run… 5       4         Priya Raman (2)




         article 1/2
         j down  k up  Enter open  / filter  O sort  s quoting  ? help  q quit
        """)
    // One row per article with its quotes, speakers and most quoted speaker.
    #expect(screen.contains("2 articles") && screen.contains("article 1/2"))
    #expect(screen.contains("Ana Ruiz (3)") && screen.contains("Priya Raman (2)"))
  }

  /// CJK, emoji and a combining accent wrap without overflowing.
  @Test func wideCharactersTakeTwoCellsAndCombiningMarksNone() {
    let screen = render(
      Fixture.press("p", on: Fixture.state([Fixture.wide], width: 30, height: 14))
    ).styledText(showing: [.entityPlace, .entityPerson, .quote])
    #expect(
      screen == """
         東京の夜行バス      wide.txt
         {entity.place:東京}の夜行バス

         市議会は月曜日、夜行バスの運
         行継続を決めた。{quote:「乗客の声を}
         {quote:聞いた」}と市長は述べた。

         The bus 🚌 stays, said café
         owner {entity.person:José Ortega} 👍🏽 on
         Monday.


         line 1/9 100%   quote -/1
         ? help  q quit
        """)
    // Wide characters wrap before the 30th column; the accents stay on their letters.
    let plain = render(
      Fixture.press("p", on: Fixture.state([Fixture.wide], width: 30, height: 14))
    ).text
    #expect(plain.components(separatedBy: "\n").allSatisfy { CellWidth.of($0) <= 30 })
    #expect(screen.contains("café") && screen.contains("José"))
  }

  /// The pane beside wide text.
  @Test func wideCharactersInThePane() {
    let screen = render(
      Fixture.press("J", on: Fixture.state([Fixture.wide], width: 80, height: 10))
    ).text
    #expect(
      screen == """
         東京の夜行バス                                                        wide.txt
          東京の夜行バス                                   │ Quotes 1
                                                           │  1 市長
          市議会は月曜日、夜行バスの運行継続を決めた。「   │    「乗客の声を聞いた」
          乗客の声を聞いた」と市長は述べた。               │
                                                           │
          The bus 🚌 stays, said café owner José Ortega    │
          👍🏽 on Monday.                                  │
         line 1/7 100%   quote 1/1
         J next quote  K previous  Tab pane  s speaker  / search  ? help  q quit
        """)
    // The pane's border stays in one column beside the wide text.
    let rows = screen.components(separatedBy: "\n").dropFirst().prefix(7)
    let columns = Set(rows.map { row in CellWidth.of(String(row.prefix { $0 != "│" })) })
    #expect(columns.count == 1)
  }
}

/// Speakers the analysis is unsure of carry a dim "?" wherever the reader names them.
@Suite struct UncertainSpeakerTests {
  /// The bus article with Leo Park's one quote attributed at confidence 0.3.
  static var state: ReaderState {
    var analysis = Fixture.bus
    for index in analysis.quotes.indices {
      analysis.quotes[index].speakerConfidence =
        analysis.quotes[index].speaker == "Leo Park" ? 0.3 : 0.95
    }
    return Fixture.state([analysis], width: 90, height: 20)
  }

  @Test func thePaneMarksTheUncertainSpeaker() {
    let screen = render(Self.state).styledText(showing: [.paneDim])
    #expect(screen.contains("2 }Leo Park{pane.dim: ?}"))
    #expect(!screen.contains("Ana Ruiz{pane.dim: ?}"))
  }

  @Test func theSpeakersViewMarksAndCountsThem() {
    let screen = render(Fixture.press("v", on: Self.state)).styledText(showing: [.paneDim])
    #expect(screen.contains("Leo Park{pane.dim: ?"))
    #expect(!screen.contains("Ana Ruiz{pane.dim: ?"))
    #expect(!screen.contains("…{pane.dim: ?"))
    #expect(screen.contains("0 unattributed, 1 uncertain (?)"))
  }

  @Test func thePickerMarksThem() {
    let screen = render(Fixture.press("s", on: Self.state)).text
    #expect(screen.contains("Leo Park ?"))
    #expect(!screen.contains("Ana Ruiz ?"))
  }

  @Test func anUnattributedQuoteStaysUnattributed() {
    var analysis = Fixture.bus
    analysis.quotes[1].speaker = nil
    analysis.quotes[1].speakerConfidence = nil
    let screen = render(Fixture.state([analysis], width: 90, height: 20)).text
    #expect(screen.contains("2 (unattributed)"))
  }
}
