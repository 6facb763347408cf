-- In-app notifications of each user (module notification): a message key of the sending module and its arguments.
CREATE TABLE notifications (
    workspace_id UUID NOT NULL,
    id UUID NOT NULL,
    user_id UUID NOT NULL,
    message_key VARCHAR(120) NOT NULL,
    args VARCHAR(2000) NOT NULL,
    link VARCHAR(400),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (workspace_id, id)
);
CREATE INDEX notifications_of_user ON notifications (workspace_id, user_id, created_at);
