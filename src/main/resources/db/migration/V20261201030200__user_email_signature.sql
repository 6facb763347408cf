-- A user's e-mail signature (his profile), put under the e-mails he sends from Relance.
ALTER TABLE user_accounts ADD COLUMN email_signature VARCHAR(2000);
