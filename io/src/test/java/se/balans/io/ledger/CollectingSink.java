package se.balans.io.ledger;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything, for tests on small files. */
public final class CollectingSink implements LedgerSink {
    public final List<LedgerVoucher> vouchers = new ArrayList<>();
    public final List<LedgerHeader> headers = new ArrayList<>();
    public final List<String> accounts = new ArrayList<>();
    public final List<String> dimensions = new ArrayList<>();
    public final List<String> objects = new ArrayList<>();
    public final List<BalanceRecord> balances = new ArrayList<>();
    public final List<String> events = new ArrayList<>();

    @Override
    public void voucher(LedgerVoucher v) {
        vouchers.add(v);
        events.add("voucher " + v.label());
    }

    @Override
    public void header(LedgerHeader h) {
        headers.add(h);
        events.add("header");
    }

    @Override
    public void account(String number, String name, String type) {
        accounts.add(number + "|" + name + "|" + type);
        events.add("account " + number);
    }

    @Override
    public void dimension(String id, String name, String parent) {
        dimensions.add(id + "|" + name + "|" + parent);
        events.add("dimension " + id);
    }

    @Override
    public void object(String dimension, String id, String name) {
        objects.add(dimension + "|" + id + "|" + name);
        events.add("object " + dimension + " " + id);
    }

    @Override
    public void balance(BalanceRecord b) {
        balances.add(b);
        events.add("balance " + b.kind());
    }
}
