-- Member contributors (issue 16): the staff of a member organisation edit their organisation's
-- sheet and its service points, and an administrator approves each change before it goes
-- public. Such an account is tied to exactly one organisation; no other role has one.
alter table staff_account add column organisation_id bigint references organisation (id);
alter table staff_account add constraint staff_account_contributor_organisation
    check ((role = 'MEMBER_CONTRIBUTOR') = (organisation_id is not null));
create index staff_account_organisation_idx on staff_account (organisation_id) where organisation_id is not null;
