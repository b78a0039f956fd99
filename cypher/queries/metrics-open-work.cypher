// The installation's open work, for the operator's metrics (/actuator is the operator's alone): open sync errors
// by source and kind of reason (the reason up to its first colon), and open match suggestions. It is not scoped
// by tenant: it is about the installation, as counts only.
CALL () {
  MATCH (e:SyncError)
  WHERE e.status = 'open'
  WITH e.source AS source, left(split(e.reason, ':')[0], 80) AS kind, count(*) AS errors
  RETURN collect({source: source, kind: kind, errors: errors}) AS syncErrors
}
CALL () {
  MATCH (m:MatchSuggestion)
  WHERE m.status = 'open'
  RETURN count(m) AS openSuggestions
}
RETURN syncErrors, openSuggestions
