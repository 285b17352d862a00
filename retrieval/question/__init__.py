"""A question read into its parts, one job a module (retrieval.query assembles them into a typed `Query`):
- kinds: the kinds a reading is made of (what is asked, a yes/no question's fact, a language);
- tables: the per-language word tables, en/es/pt/fr (what is asked, round, office, early count, follow-up cues,
  ordinals);
- offices: the office asked (the tables, and a city's "câmara");
- titles: local executives by their local titles ("presidente municipal", "sindaco", "Ministerpräsident");
- typos: a country's name mistyped by a letter;
- asks: what is asked, where the tables cannot tell alone, and the k-th place asked for;
- yes_no: whether a question is a yes/no one, and the fact it turns on;
- countries: the places a question names, countries typed in lowercase or beside a noun of voting included;
- dates: the year, month and day named;
- names: the capitalised names that are not places;
- language: en, es, pt or fr.
"""
