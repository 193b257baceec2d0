-- Key results as indicators (issue 15): a baseline (value and year), a type (IATI ResultType:
-- 1 output, 2 outcome, 3 impact, 9 other) and the period the target and actual values cover.
-- The percentage stays computed. No seeded value changes.
alter table key_result
    add column baseline_value   numeric(14, 2),
    add column baseline_year    integer,
    add column result_type      varchar(1),
    add column start_date       date,
    add column start_precision  varchar(5),
    add column end_date         date,
    add column end_precision    varchar(5);
