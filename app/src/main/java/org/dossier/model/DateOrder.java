package org.dossier.model;

/** How the numbers of a date like 03/04/2023 are to be read. */
public enum DateOrder {
    /** Day, month, year: 03/04/2023 is 3 April. */
    DMY,
    /** Month, day, year: 03/04/2023 is 4 March. */
    MDY,
    /** Year, month, day: 2023/04/03. */
    YMD
}
