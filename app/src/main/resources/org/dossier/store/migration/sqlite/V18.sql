-- Schema version 18 (issue #25): people and their accounts. The reporter says which e-mail
-- addresses and chat participants are one person (Dossier proposes, from names that repeat across
-- accounts and scripts); the communications graph then draws them as one. Each change is
-- audit-logged; accounts the reporter said are not the same are not proposed again.
CREATE TABLE people (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL,
    confirmed_by TEXT    NOT NULL,
    confirmed_at INTEGER NOT NULL
);
CREATE TABLE person_accounts (
    id        INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    account   TEXT    NOT NULL UNIQUE        -- email:address or chat:participant id
);
CREATE INDEX person_accounts_person ON person_accounts(person_id);
CREATE TABLE accounts_apart (
    id         INTEGER PRIMARY KEY,
    account_a  TEXT    NOT NULL,             -- the lesser of the two keys
    account_b  TEXT    NOT NULL,
    decided_by TEXT    NOT NULL,
    decided_at INTEGER NOT NULL,
    UNIQUE (account_a, account_b)
);
