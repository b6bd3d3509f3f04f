/// quoth's own sample article, shown when quoth is started without a file.
///
/// Written for quoth (the events and people are invented) so that it exercises
/// every feature: headings, a split quote, a quote over several paragraphs, a
/// pronoun speaker named only afterwards, an organisation speaking, a pull quote,
/// a scare quote and a title that are not quotes, and teaser lines at the end.
public enum SampleArticle {
  public static let source = "sample-article.txt"

  public static let text = """
    Harbour Town Votes to Keep Its Night Ferry Running
    The last ferry across the Kell estuary will keep sailing after midnight, the Harbour Town council decided on Tuesday, ending a six-month fight over a service that carries fewer than forty people a night.
    The vote, nine to four, came after a petition signed by 3,100 residents and a week of protests outside the council offices in Marlow Street.
    “This boat is how nurses, bakers and cleaners get home,” said Councillor Priya Raman, who led the campaign to save it. “Cut it, and you cut them off.”
    The ferry operator, Estuary Lines, had argued that the late crossings lose money every month. The company said in a statement that it would “honour the council’s decision for as long as the subsidy lasts.”
    Who rides at midnight
    Dara Okafor, a night-shift nurse at St. Brigid’s Hospital, has taken the 12:40 crossing four nights a week for eleven years.
    “People picture a tourist boat,” she said. “It is a bus with a deck. Without it I would spend two hours on the road around the estuary, and so would everyone I work with.
    “We are not asking for a favour. We are asking for the same thing the day workers already have.”
    Okafor told the council the ferry was “the only reason” she could keep her job. Mayor Tomas Lindqvist, who voted against the plan in the spring, said he had changed his mind after riding the boat himself.
    “I went out at midnight expecting an empty deck,” Lindqvist said. “It was full.”
    The cost
    Not everyone is convinced. The council’s finance committee warned that the subsidy, £410,000 a year, would come out of the roads budget.
    “We have found the money this year,” he wrote in a letter to residents on Friday. “I cannot promise we will find it next year.” The committee chair, Geoffrey Hale, said the service would be reviewed in the autumn.
    Hale, a former harbour master, called the vote “a decent decision made without a plan.”
    Campaigners have already booked the town hall for a screening of “Last Boat Home,” a short film about the crossing, and a local band has started calling itself the “Night Ferry Choir.”
    “Cut it, and you cut them off.”
    For Raman, the fight is far from over. “A vote is a promise,” she said, “and now we make sure it is kept.”
    Five things to know about the new tram timetable before Monday…
    Photo credit: Harbour Town Council
    Local bakery wins regional award for its sourdough, judges say…
    Read more: How the estuary tides shape the town’s economy…
    """
}
