// A three-page PDF article written by hand: a running header and page numbers, a title, indented paragraphs,
// a word hyphenated at a line end, a heading, a paragraph running over a page break and a bulleted list.
#pragma once

#include "DocumentFixtures.h"

namespace lede::test {

inline std::vector<std::vector<PdfText>> ferryPages()
{
    const auto page = [](int n, std::vector<PdfText> body) {
        body.insert(body.begin(), {72, 40, 9, "Coastal Weekly - March edition"});
        body.push_back({290, 760, 9, "Page " + std::to_string(n)});
        return body;
    };
    return {
        page(1,
             {{72, 100, 20, "Ferry timetable changes for the islands"},
              {90, 140, 11, "The ferry company announced on Tuesday that its"},
              {72, 154, 11, "winter crossings to Marra and Tolsey will run on"},
              {72, 168, 11, "twice a day from next month."},
              {90, 182, 11, "Local councillor Ruth Abernathy welcomed the"},
              {72, 196, 11, "news but warned that the older boats need re-"},
              {72, 210, 11, "pairs before the busy summer season starts."},
              {72, 250, 15, "What changes"},
              {72, 280, 11, "Morning sailings leave at seven and the evening"},
              {72, 294, 11, "sailings leave at six, with a late boat on Friday."},
              {90, 308, 11, "Passengers who travel with bicycles should book"},
              {72, 322, 11, "a place on the boat at least one day"}}),
        page(2,
             {{72, 100, 11, "in advance, the company said in its statement."},
              {72, 130, 11, "\x95 Tickets go on sale on Monday."},
              {72, 144, 11, "\x95 Season passes stay valid until June."}}),
        page(3, {{90, 100, 11, "The changes were first proposed two years ago."}}),
    };
}

inline std::string makeFerryPdf()
{
    return makePdf(ferryPages(),
                   "/Title (Ferry timetable changes) /Author (Mara Quist) /CreationDate "
                   "(D:20240305143000+01'00') /ModDate (D:20240401090000Z)");
}

} // namespace lede::test
