-- Keys every instance of the site must share. 'form' signs the contact form's time trap when
-- PPSM_FORM_SECRET is not set: the first instance to start stores a random key, the others
-- read it, so a form served by one instance can be sent back to any other.
create table app_secret (
    name  varchar(40) primary key,
    value bytea       not null
);
