-- Balans store, version 2: the closing's year month by month, for the monthly report's charts.
CREATE TABLE closing_month (
    closing_id      BIGINT        NOT NULL,
    committee       VARCHAR(40)   NOT NULL,
    line            VARCHAR(40)   NOT NULL,
    month_number    INTEGER       NOT NULL,
    actual          DECIMAL(20,2) NOT NULL,
    last_year       DECIMAL(20,2) NOT NULL,
    budget          DECIMAL(20,2) NOT NULL,
    CONSTRAINT pk_closing_month PRIMARY KEY (closing_id, committee, line, month_number),
    CONSTRAINT fk_closing_month_closing FOREIGN KEY (closing_id) REFERENCES closing (id)
);
