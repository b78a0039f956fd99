// How resolution fares as the tenant's stewards see it: match suggestions by week they were made (and how many
// of them are open, accepted, rejected or closed as moot now); the decided ones by score bucket of 0.1; the
// automatic links (records linked by resolution: auto, name, rule) and automatic merges, against what stewards
// corrected (unlink decisions in force, automatic merges undone by an unmerge).
CALL () {
  MATCH (m:MatchSuggestion {tenant: $tenant})
  WITH toString(date.truncate('week', m.createdAt)) AS week, m.status AS status, count(*) AS n
  ORDER BY week
  RETURN collect({week: week, status: status, count: n}) AS weeks
}
CALL () {
  MATCH (m:MatchSuggestion {tenant: $tenant})
  WHERE m.status IN ['accepted', 'rejected']
  WITH toInteger(floor(m.probability * 10)) AS bucket, m.status AS status, count(*) AS n
  RETURN collect({bucket: bucket, status: status, count: n}) AS buckets
}
CALL () {
  MATCH (:SourceRecord {tenant: $tenant})-[i:IDENTIFIES]->(:Party {tenant: $tenant})
  WHERE i.method IN ['auto', 'name', 'rule']
  RETURN count(*) AS automaticLinks
}
CALL () {
  MATCH (m:Merge {tenant: $tenant})
  WHERE coalesce(m.method, 'auto') = 'auto'
  RETURN count(*) AS automaticMerges, count(m.unmergedAt) AS undoneMerges
}
CALL () {
  MATCH (d:Decision {tenant: $tenant, type: 'unlink'})
  WHERE d.withdrawnAt IS NULL
  RETURN count(*) AS unlinks
}
RETURN weeks, buckets, automaticLinks, automaticMerges, undoneMerges, unlinks
