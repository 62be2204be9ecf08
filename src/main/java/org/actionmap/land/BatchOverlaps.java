package org.actionmap.land;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.relateng.RelatePredicate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The pairs of a batch's parcels whose interiors meet, found with JTS: an R-tree of the shapes, and for each shape its
 * neighbours tested with a prepared {@link RelateNG} (interior against interior, DE-9IM {@code 2********}), on every
 * core. A township's survey is a mesh of plots sharing their edges, so nearly every neighbour touches; PostGIS took
 * some 15 s for 100,000 plots to compute the intersection of every touching pair, this takes about 2 s. Only the
 * pairs found are measured, by PostGIS, against the overlap tolerance, as for a single parcel.
 */
final class BatchOverlaps {

    private static final String INTERIORS_MEET = "2********";

    private BatchOverlaps() {
    }

    /** Pairs {@code {first, second}} of feature numbers, first below second, of the placed parcels of the batch. */
    static List<int[]> interiorsMeeting(JdbcTemplate jdbc) {
        List<Integer> numbers = new ArrayList<>();
        List<Geometry> shapes = new ArrayList<>();
        WKBReader reader = new WKBReader();
        jdbc.query("""
                select b.feature_no, st_asbinary(b.geom) from parcel_batch b
                  join parcel_batch_place p on p.feature_no = b.feature_no order by b.feature_no
                """, rs -> {
            try {
                numbers.add(rs.getInt(1));
                shapes.add(reader.read(rs.getBytes(2)));
            } catch (ParseException e) {
                throw new IllegalStateException("PostGIS wrote a shape JTS cannot read", e);
            }
        });
        STRtree index = new STRtree();
        for (int i = 0; i < shapes.size(); i++) {
            index.insert(shapes.get(i).getEnvelopeInternal(), i);
        }
        index.build();
        return IntStream.range(0, shapes.size()).parallel().boxed().flatMap(i -> {
            Geometry shape = shapes.get(i);
            RelateNG prepared = null;
            List<int[]> found = new ArrayList<>();
            for (Object o : index.query(shape.getEnvelopeInternal())) {
                int j = (Integer) o;
                if (j <= i) {
                    continue;
                }
                if (prepared == null) {
                    prepared = RelateNG.prepare(shape);
                }
                if (prepared.evaluate(shapes.get(j), RelatePredicate.matches(INTERIORS_MEET))) {
                    found.add(new int[]{numbers.get(i), numbers.get(j)});
                }
            }
            return found.stream();
        }).toList();
    }
}
