-- The contact form's rate limit counts a sender's messages of the last hour by e-mail address,
-- whatever its case (upper(email) = upper(?)): the index on (email, created_at) of V20 cannot
-- serve that, so each submission read every message. With this index it reads the sender's.
create index contact_message_email_upper_idx on contact_message (upper(email), created_at);
