// The id of the source with this URL, if one exists (a new source with a known URL is that source).
:param url => 'http://news.chinatungsten.com/en/rare-earth-news/172110-tpn-3018.html'
MATCH (s:Source {url: $url})
RETURN s.id AS id
ORDER BY s.id
LIMIT 1
