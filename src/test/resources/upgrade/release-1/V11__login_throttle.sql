-- Failed sign-in attempts, counted per account ("compte:<e-mail>") and per address
-- ("adresse:<ip>") in a time window. Kept in the database so that the limit holds when
-- several instances of the application run.
create table login_throttle (
    throttle_key  varchar(250) primary key,
    failures      integer      not null,
    window_start  timestamptz  not null
);
