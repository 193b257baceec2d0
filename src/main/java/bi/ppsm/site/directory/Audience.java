package bi.ppsm.site.directory;

/** For whom a service point works. Labels: {@code directory.audience.<CODE>}. */
public enum Audience {

	CHILDREN, ADOLESCENTS, WOMEN, MEN, FAMILIES, ELDERLY, RETURNEES_AND_REFUGEES, PERSONS_WITH_DISABILITIES

}
