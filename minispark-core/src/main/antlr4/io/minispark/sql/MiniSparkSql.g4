/*
 * The SQL dialect of minispark: queries (WITH ... SELECT ... FROM ... WHERE ... GROUP BY ... HAVING ...
 * UNION/INTERSECT/EXCEPT ... ORDER BY ... LIMIT ... OFFSET; subqueries in FROM and in expressions),
 * EXPLAIN, CREATE VIEW, CREATE TABLE AS, SHOW TABLES and DESCRIBE.
 * Keywords are case-insensitive; a trailing ';' is optional; line and block comments are skipped.
 * The parse tree is translated into DataFrame/Analyzer calls by io.minispark.sql.QueryTranslator.
 */
grammar MiniSparkSql;

options { caseInsensitive = true; }

singleStatement
    : statement SEMICOLON* EOF
    ;

statement
    : query                                                   #queryStatement
    | EXPLAIN (ANALYZE | CODEGEN)? query                      #explainStatement
    | CREATE (OR REPLACE)? VIEW identifier AS query           #createViewStatement
    | CREATE TABLE identifier AS query                        #createTableStatement
    | SHOW TABLES                                             #showTablesStatement
    | (DESCRIBE | DESC) tableName                             #describeStatement
    ;

query
    : withClause? queryExpression orderByClause? limitClause?
    ;

withClause
    : WITH namedQuery (COMMA namedQuery)*
    ;

namedQuery
    : name=identifier (LEFT_PAREN identifier (COMMA identifier)* RIGHT_PAREN)? AS LEFT_PAREN query RIGHT_PAREN
    ;

// Alternatives listed first bind tighter: INTERSECT, then UNION and EXCEPT (left to right).
queryExpression
    : querySpecification                                                                  #singleQuery
    | LEFT_PAREN query RIGHT_PAREN                                                        #parenthesizedQuery
    | left=queryExpression INTERSECT quantifier=(ALL | DISTINCT)? right=queryExpression   #intersectQuery
    | left=queryExpression operator=(UNION | EXCEPT) quantifier=(ALL | DISTINCT)? right=queryExpression #unionOrExceptQuery
    ;

querySpecification
    : selectClause fromClause whereClause? groupByClause? havingClause?
    ;

selectClause
    : SELECT DISTINCT? selectItem (COMMA selectItem)*
    ;

selectItem
    : ASTERISK                                                #starItem
    | identifier DOT ASTERISK                                 #qualifiedStarItem
    | expression (AS? identifier)?                            #expressionItem
    ;

fromClause
    : FROM relation (COMMA relation)*
    ;

relation
    : relationPrimary joinPart*
    ;

joinPart
    : joinType JOIN relationPrimary ON expression             #conditionalJoin
    | CROSS JOIN relationPrimary                              #crossJoin
    ;

joinType
    : INNER?
    | LEFT OUTER?
    | RIGHT OUTER?
    | FULL OUTER?
    ;

relationPrimary
    : tableName (AS? identifier)?                             #tableRelation
    | LEFT_PAREN query RIGHT_PAREN AS? identifier             #subqueryRelation
    ;

tableName
    : identifier
    | STRING
    ;

whereClause
    : WHERE expression
    ;

groupByClause
    : GROUP BY expression (COMMA expression)*
    ;

havingClause
    : HAVING expression
    ;

orderByClause
    : ORDER BY sortItem (COMMA sortItem)*
    ;

sortItem
    : expression direction=(ASC | DESC)? (NULLS nullOrder=(FIRST | LAST))?
    ;

limitClause
    : LIMIT limit=INTEGER_VALUE (OFFSET offset=INTEGER_VALUE)?
    | OFFSET offset=INTEGER_VALUE (LIMIT limit=INTEGER_VALUE)?
    ;

expression
    : booleanExpression
    ;

// Alternatives listed first bind tighter: NOT, then AND, then OR.
booleanExpression
    : NOT booleanExpression                                   #logicalNot
    | valueExpression predicate?                              #predicated
    | left=booleanExpression AND right=booleanExpression      #logicalAnd
    | left=booleanExpression OR right=booleanExpression       #logicalOr
    ;

predicate
    : NOT? BETWEEN lower=valueExpression AND upper=valueExpression                 #betweenPredicate
    | NOT? IN LEFT_PAREN query RIGHT_PAREN                                         #inSubqueryPredicate
    | NOT? IN LEFT_PAREN expression (COMMA expression)* RIGHT_PAREN                #inPredicate
    | NOT? LIKE pattern=valueExpression                                            #likePredicate
    | IS NOT? NULL                                                                 #nullPredicate
    ;

// Alternatives listed first bind tighter: unary minus, then * / %, then + -, then ||, then comparisons.
valueExpression
    : primaryExpression                                                            #primary
    | operator=(MINUS | PLUS) valueExpression                                      #unary
    | left=valueExpression operator=(ASTERISK | SLASH | PERCENT) right=valueExpression #multiplicative
    | left=valueExpression operator=(PLUS | MINUS) right=valueExpression           #additive
    | left=valueExpression CONCAT_PIPES right=valueExpression                      #concatenation
    | left=valueExpression comparisonOperator right=valueExpression                #comparison
    ;

comparisonOperator
    : EQ | NEQ | NEQ2 | LT | LTE | GT | GTE
    ;

primaryExpression
    : CASE whenClause+ (ELSE elseValue=expression)? END                           #searchedCase
    | CASE operand=expression whenClause+ (ELSE elseValue=expression)? END         #simpleCase
    | CAST LEFT_PAREN expression AS dataType RIGHT_PAREN                           #cast
    | EXTRACT LEFT_PAREN field=identifier FROM valueExpression RIGHT_PAREN          #extract
    | (SUBSTRING | SUBSTR) LEFT_PAREN valueExpression FROM start=valueExpression
          (FOR length=valueExpression)? RIGHT_PAREN                                #substringFrom
    | functionName LEFT_PAREN ASTERISK RIGHT_PAREN                                 #countStar
    | functionName LEFT_PAREN (DISTINCT? expression (COMMA expression)*)? RIGHT_PAREN #functionCall
    | EXISTS LEFT_PAREN query RIGHT_PAREN                                          #existsSubquery
    | INTERVAL sign=MINUS? amount=(STRING | INTEGER_VALUE) unit=(DAY | MONTH | YEAR)
          (LEFT_PAREN INTEGER_VALUE RIGHT_PAREN)?                                  #interval
    | literal                                                                      #literalValue
    | qualifier=identifier DOT name=identifier                                     #qualifiedColumn
    | identifier                                                                   #column
    | LEFT_PAREN query RIGHT_PAREN                                                 #scalarSubquery
    | LEFT_PAREN expression RIGHT_PAREN                                            #parenthesized
    ;

whenClause
    : WHEN condition=expression THEN result=expression
    ;

functionName
    : identifier
    | SUBSTRING
    | SUBSTR
    ;

dataType
    : identifier (LEFT_PAREN INTEGER_VALUE (COMMA INTEGER_VALUE)* RIGHT_PAREN)?
    ;

literal
    : INTEGER_VALUE                                           #integerLiteral
    | DECIMAL_VALUE                                           #decimalLiteral
    | STRING                                                  #stringLiteral
    | (TRUE | FALSE)                                          #booleanLiteral
    | NULL                                                    #nullLiteral
    | DATE STRING                                             #dateLiteral
    | TIMESTAMP STRING                                        #timestampLiteral
    ;

identifier
    : IDENTIFIER
    | QUOTED_IDENTIFIER
    | BACKQUOTED_IDENTIFIER
    | nonReserved
    ;

// Keywords that can still be used as names, so common column names (date, year, first...) work.
nonReserved
    : ANALYZE | CODEGEN | DATE | DAY | DESC | DESCRIBE | EXPLAIN | FIRST | LAST | MONTH | NULLS | REPLACE
    | SHOW | TABLES | TIMESTAMP | VIEW | YEAR
    ;

ALL: 'ALL';
ANALYZE: 'ANALYZE';
AND: 'AND';
AS: 'AS';
ASC: 'ASC';
BETWEEN: 'BETWEEN';
BY: 'BY';
CASE: 'CASE';
CAST: 'CAST';
CODEGEN: 'CODEGEN';
CREATE: 'CREATE';
CROSS: 'CROSS';
DATE: 'DATE';
DAY: 'DAY';
DESC: 'DESC';
DESCRIBE: 'DESCRIBE';
DISTINCT: 'DISTINCT';
ELSE: 'ELSE';
END: 'END';
EXCEPT: 'EXCEPT';
EXISTS: 'EXISTS';
EXPLAIN: 'EXPLAIN';
EXTRACT: 'EXTRACT';
FALSE: 'FALSE';
FIRST: 'FIRST';
FOR: 'FOR';
FROM: 'FROM';
FULL: 'FULL';
GROUP: 'GROUP';
HAVING: 'HAVING';
IN: 'IN';
INNER: 'INNER';
INTERSECT: 'INTERSECT';
INTERVAL: 'INTERVAL';
IS: 'IS';
JOIN: 'JOIN';
LAST: 'LAST';
LEFT: 'LEFT';
LIKE: 'LIKE';
LIMIT: 'LIMIT';
MONTH: 'MONTH';
NOT: 'NOT';
NULL: 'NULL';
NULLS: 'NULLS';
OFFSET: 'OFFSET';
ON: 'ON';
OR: 'OR';
ORDER: 'ORDER';
OUTER: 'OUTER';
REPLACE: 'REPLACE';
RIGHT: 'RIGHT';
SELECT: 'SELECT';
SHOW: 'SHOW';
SUBSTR: 'SUBSTR';
SUBSTRING: 'SUBSTRING';
TABLE: 'TABLE';
TABLES: 'TABLES';
THEN: 'THEN';
TIMESTAMP: 'TIMESTAMP';
TRUE: 'TRUE';
UNION: 'UNION';
VIEW: 'VIEW';
WHEN: 'WHEN';
WHERE: 'WHERE';
WITH: 'WITH';
YEAR: 'YEAR';

EQ: '=' | '==';
NEQ: '<>';
NEQ2: '!=';
LT: '<';
LTE: '<=';
GT: '>';
GTE: '>=';
PLUS: '+';
MINUS: '-';
ASTERISK: '*';
SLASH: '/';
PERCENT: '%';
CONCAT_PIPES: '||';
COMMA: ',';
DOT: '.';
LEFT_PAREN: '(';
RIGHT_PAREN: ')';
SEMICOLON: ';';

STRING: '\'' ( ~'\'' | '\'\'' )* '\'';
UNTERMINATED_STRING: '\'' ( ~'\'' | '\'\'' )*;

INTEGER_VALUE: DIGIT+;
DECIMAL_VALUE
    : DIGIT+ '.' DIGIT* EXPONENT?
    | '.' DIGIT+ EXPONENT?
    | DIGIT+ EXPONENT
    ;

IDENTIFIER: [A-Z_] [A-Z_0-9]*;
QUOTED_IDENTIFIER: '"' ( ~'"' | '""' )* '"';
BACKQUOTED_IDENTIFIER: '`' ( ~'`' | '``' )* '`';

fragment DIGIT: [0-9];
fragment EXPONENT: 'E' [+-]? DIGIT+;

LINE_COMMENT: '--' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT: '/*' .*? '*/' -> channel(HIDDEN);
WS: [ \t\r\n]+ -> channel(HIDDEN);

// Anything else becomes one token the parser rejects, so the error names the character.
UNRECOGNIZED: .;
