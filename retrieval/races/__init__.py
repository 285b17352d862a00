"""Result rows grouped into elections, and the election and count a question asks for.

`retrieval.elections` (grouping) and `retrieval.resolve` (choosing) are the entry points; the modules here do
one job each: the election model and its shared helpers (`election`), local races told from national ones
(`local_races`), reports of one vote joined (`same_vote`), rounds checked (`rounds`), contestants named by a
question (`naming`), the count that leads (`counts`), the election a question asks for (`choice`), the
primary a question names (`primaries`) and a round-up's lines given to the city races they name (`roundups`).
"""
