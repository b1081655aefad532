-- "Related claims" look at the claims entered just before and after a claim in the same topic and by
-- the same speaker: range scans on these indexes, whatever the size of the topic or the speaker's record.
create index claim_topic_topic_claim_idx on claim_topic (topic_id, claim_id);
create index claim_speaker_id_idx on claim (speaker_id, id);
