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
  }

  /// Below 80 columns the pane hides itself.
  @Test func sampleArticleAt60x20HidesThePane() {
    let screen = render(Fixture.state([Fixture.sample], width: 60, height: 20)).text
    #expect(
      screen == """
         Harbour Town Votes to Keep Its Night…   sample-article.txt
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
         J next quote  K previous  Tab pane  s speaker  / search
        """)
  }

  /// Teasers and credits at the end are dimmed behind a gutter mark.
  @Test func boilerplateIsSetApart() {
    let screen = render(
      Fixture.press("G", on: Fixture.state([Fixture.sample], width: 60, height: 20))
    ).styledText(showing: [.boilerplate, .quote, .heading])
    #expect(
      screen == """
         Harbour Town Votes to Keep Its Night…   sample-article.txt
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
         J next quote  K previous  Tab pane  s speaker  / search
        """)
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
         J next quote  K previous  Tab pane  s speaker  / search  v speakers  E entities  ? help  q quit
        """)
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
         J next quote  K previous  Tab pane  s speaker  / search  v speakers  E entities  ? help
        """)
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
         J next quote  K previous  Tab pane  s speaker  / search  v speakers  E entities  ? help
        """)
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
         J next quote  K previous  Tab pane  s speaker  / search  v speakers  E entities  ? help
        """)
  }

  /// Generated from the command table.
  @Test func theHelp() {
    let screen = render(Fixture.press("?", on: Fixture.state(width: 90, height: 20))).text
    #expect(
      screen == """
         Council Keeps the Night Bus                                                      bus.txt
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
            Enter                 jump to the selected quote; open the selected item  open
            s                     filter the quotes by speaker (a picker with counts)  pick-speak
            S                     clear the speaker filter  clear-filter
         help
         j down  k up  q back
        """)
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
  }

  /// Entities by type with counts.
  @Test func theEntitiesView() {
    let screen = render(Fixture.press("E", on: Fixture.state(width: 90, height: 20))).styledText(
      showing: [.selected, .entityPerson, .entityPlace])
    #expect(
      screen == """
         Council Keeps the Night Bus                                                      bus.txt
          Entities by type

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
         j down  k up  Enter open  ? help  q quit
        """)
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
         J next quote  K previous
        """)
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
         J next quote  K previous  Tab pane  s speaker  / search  v speakers
        """)
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
