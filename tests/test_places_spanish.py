"""Where a scene of Spanish prose, verse and drama as published is: 19th-century spelling ("á", "fué",
enclitic pronouns: "díjole", "acercóse"), diminutives ("molinillo", "arroyuelo"), where people are ("en lo
alto del monte", "a la orilla del río") against where they only go, look, are told of or speak of, a scene
that goes on where the last one was, verses broken mid-phrase, a play's stage directions ("Sale…", "Vanse",
"La escena representa…") and dialogue between dashes. Every text here was written for these tests."""

from __future__ import annotations

import re

import pytest

from filmstudio.script.parse import parse_script
from filmstudio.script.scenes import describe_scene
from filmstudio.script.typography import modern_spelling


def _setting(body: str, previous: str | None = None) -> str:
    return describe_scene("", body, "es", previous=previous).setting


def _anchor(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _scene_setting(text: str, opening: str) -> str | None:
    """The setting of the first scene that holds the words a scene opens with."""
    board = parse_script(text, filename="cuento.es.txt", language="es")
    for scene in board.scenes:
        said = " ".join([scene.heading, *scene.action, *(line.text for line in scene.lines)])
        if _anchor(opening) in _anchor(said):
            return scene.setting
    return None


# -- whole texts: each scene's setting, found by the words it opens with -----------------------------------
MOLINO = """\
El molinero de la sierra

Hallábase el tío Lucas una mañana de otoño en su molinillo, junto al arroyo, cerniendo la harina que le habían traído los labradores. Oíase el golpear del agua sobre la rueda.

Á eso de las doce llegó un arriero con dos mulas cargadas de trigo. Díjole el molinero que esperase, y el arriero se sentó á la sombra de la puerta.

Por la tarde, acabada la molienda, fué el tío Lucas por el camino de la aldea con un costal al hombro. Detúvose al pie de una cruz de piedra, y vió venir á lo lejos al corregidor montado en su burra.

Entró, al fin, en la aldea cuando tocaban á la oración. Las mujeres volvían de la fuente y los chiquillos jugaban en la plaza, delante de la iglesia.
"""

MINA = """\
La mina

En una casita humilde del lugar, Juan se levantó antes del alba y despertó á su hijo. La madre les dió pan y un poco de tocino para todo el día.

Bajaron padre é hijo por la cuesta, camino de la mina, y al llegar á la boca del pozo hallaron ya á los demás mineros. Metiéronse todos en la jaula y descendieron á las galerías.

Allí abajo, á la luz de los candiles, trabajaron muchas horas. De pronto se oyó un estruendo espantoso, apagáronse las luces y el agua empezó á entrar por todas partes.

Á los tres días sacaron con vida á los mineros, y en la plaza de la aldea los recibieron sus mujeres llorando de alegría.
"""

CABRILLA = """\
La cabrilla y el lobo

En lo alto de un monte
fragoso pacía confiada
una cabrilla, apartada
del rebaño y del pastor.

Allí la vio desde una peña
el lobo, que andaba hambriento,
y se relamió contento
pensando en la cena risueña.

Bajó luego la cabrilla
por la senda pedregosa
hasta el río, y presurosa
bebió el agua en la orilla.

Llegó el lobo muy cortés
y le dijo: «Amiga mía,
ven conmigo a la alquería,
que allí hay hierba para tres».

Mas la cabra, que era lista,
corrió al redil de su dueño,
y el lobo, con todo su empeño,
se quedó sin la conquista.

Quien de su casa se aleja
por la hierba del camino,
mire bien a su vecino
y no crea cuanto le aconseja.
"""

TORRE = """\
EL PRÍNCIPE CAUTIVO

JORNADA PRIMERA

ESCENA PRIMERA

Un monte fragoso. A un lado, una torre cuya puerta está entreabierta. Empieza a anochecer.

Salen FLORO y BATO, pastores.

FLORO
¿Dónde vamos, compañero,
por tan áspera espesura,
si la noche se apresura
y no se ve ni un sendero?

BATO
Calla, que allí entre las peñas
asoma una luz escasa.

FLORO
Será de alguna casa
de pastores o de dueñas.

ESCENA II

Sale ENRIQUE de la torre, cargado de cadenas.

ENRIQUE
¡Ay de mí, que en esta prisión
nací, y en ella he de morir!

BATO
Es un hombre. ¿Quién vivir
podrá en tan triste mansión?

ESCENA III

Salón en el palacio del rey. Salen el REY y la INFANTA.

REY
Hija, ha llegado la hora
de decirte lo que callo.

INFANTA
Decid, señor, que en vasallo
me tendréis desde ahora.

ESCENA IV

Una calle de la corte. Es de noche. Sale BATO embozado.

BATO
Por estas calles oscuras
busco al que el rey me mandó.
"""

MERCADO = """\
La abuela

Aquella mañana Lucía salió temprano y fue caminando hasta el mercado del barrio. Entre los puestos de fruta y de pescado buscaba a su abuela.

—¿Ha visto usted a mi abuela? —preguntó a la frutera, que colocaba las naranjas en el mostrador—. Me dijo que vendría al puerto.

—Se fue hace un rato hacia el río —respondió la mujer sin dejar de trabajar—. Quería ver los barcos.

Lucía cruzó el puente y bajó hasta la orilla del río. Allí estaba la abuela, sentada en un banco, dando de comer a los patos.

—Aquí vengo siempre —dijo la abuela, mirando el agua—, como cuando eras pequeña y veníamos a pescar.

Por la noche, ya en la cocina de su casa, las dos preparaban la cena mientras hablaban del día.
"""

PASTOR = """\
El pastorcillo

Pedro, el pastorcillo, guardaba sus ovejas en lo alto del monte, entre peñas y encinas. Desde allí se veía todo el valle y las casitas blancas del pueblo.

Quería bajar á la feria del pueblo, pero no podía dejar solo el ganado. Soñaba con los dulces y con la música de la plaza.

Al día siguiente, muy de mañana, iba Pedro por el camino del mercado con un cordero en los brazos. Los carros de los labradores levantaban el polvo.

Á media mañana entró en una posada para descansar. El posadero le sirvió un vaso de leche y un pedazo de pan.

Cuando llegó á la feria, estaba llena de gente. Vendió el cordero á un carnicero y se compró un pañuelo de seda para su madre.

Á la vuelta se sentó á descansar á la orilla del río, junto á los álamos, y allí se quedó dormido.
"""

NOVELA = """\
El médico de Villaverde

Era Villaverde uno de esos lugares de Castilla que parecen dormidos al sol. Tenía una iglesia con su campanario, una plaza con su fuente y hasta cuarenta casas de adobe. En la mejor de ellas vivía don Anselmo, el médico, con su sobrina Rosario. Aquella tarde hallábase don Anselmo en su despacho, leyendo los periódicos de la corte, cuando oyó llamar á la puerta. Abrió él mismo, y vió en el umbral á un muchacho cubierto de polvo. Díjole el chico que su padre, el tío Blas, se moría en el cortijo de los Almendros, á dos leguas de allí.

Ensilló el médico su mula, y en menos de un cuarto de hora iban los dos por la carretera, bajo un sol de fuego. El camino, polvoriento y sin una sombra, serpenteaba entre los trigales. Á lo lejos se divisaban los olivos del cortijo. El muchacho caminaba delante, sin decir palabra.

Llegaron al cortijo cuando ya se ponía el sol. Salieron á recibirlos los perros, ladrando, y luego una mujer vieja con un candil. Subió don Anselmo á la alcoba del enfermo, que yacía en un camastro, pálido como la cera. Tomóle el pulso, mandó abrir la ventana y pidió agua caliente. Toda la noche pasó junto al lecho del tío Blas.

Al amanecer, ya fuera de peligro el enfermo, volvió el médico al pueblo. En la plaza le esperaba Rosario, que había pasado la noche en vela rezando por él.

—¡Gracias á Dios que vuelve usted! —exclamó la muchacha, corriendo hacia él desde la puerta de la botica—. Le han buscado á usted del palacio del marqués.
"""

SELVA = """\
LA VILLANA DE LA SIERRA

JORNADA PRIMERA

_Selva espesa a la falda de un monte. Es de noche._

_Sale DON GIL, de camino, con una linterna._

DON GIL

   ¡Qué noche tan cerrada y fría!
   Perdí el rumbo en la espesura,
   y en esta selva oscura
   no hay quien me sirva de guía.

_Sale LAURA, de labradora._

LAURA

   ¿Quién va? ¿Quién anda a estas horas
   por el monte?

DON GIL

   Un caballero
   que ha perdido su sendero.

LAURA

   Venid, que en la alquería
   de mi padre hallaréis lumbre.

_Vanse._

_Cocina de una alquería. Un hogar encendido._

_Salen LAURA, DON GIL y el viejo TIRSO._

TIRSO

   Sentaos, señor, junto al fuego,
   que en casa del labrador
   no falta pan ni calor.

DON GIL

   Mil gracias os doy, y luego
   contaré quién soy.

_Vanse._

_Sala en el palacio del conde. Salen el CONDE y un CRIADO._

CONDE

   ¿No ha vuelto aún don Gil?

CRIADO

   Señor, no ha vuelto.
"""

ERMITANO = """\
La cueva del ermitaño

Acercóse el caminante á la cuevecilla que se abría en la peña, y metióse en ella para guarecerse de la lluvia. Dentro halló á un ermitaño anciano que rezaba á la luz de una vela.

Díjole el ermitaño que aquella cueva había sido, siglos atrás, refugio de bandoleros, y que en el pueblo nadie se atrevía á subir hasta ella. Escuchábale el caminante en silencio, junto al fuego.

Al amanecer despidióse del buen viejo y tomó el caminito que bajaba por entre los pinos. Fuése andando largo rato, hasta que oyó el murmullo de un arroyuelo.

Sentóse á la orilla del arroyuelo y bebió de sus aguas frescas. Allí le encontraron unos pastores, que le llevaron á su majada.

En la majada había un fuego encendido y un caldero de leche. Los pastores le dieron de comer y le preguntaron de dónde venía.
"""

GALLO = """\
El gallo y la zorra

En el corral de una granja
cantaba un gallo altanero,
tan pagado del plumero
que a todos daba su zanja.

Una tarde, muy ufano,
salió a pasear al sendero
que, bordeando el arroyuelo,
lleva al molino del llano.

Tras una piedra escondida
la zorra le aguardaba,
y con voz dulce le hablaba
de una fiesta en la pradera florecida.

Mas el gallo, que no era
tan necio como pensaba,
voló hasta la cerca brava
del molino, y allí la espera.

El que al lisonjero escucha
y sale de su corral,
suele acabar muy mal
aunque su prudencia sea mucha.
"""

POSADA = """\
EL CAMINO DE MADRID

ACTO PRIMERO

La escena representa una posada en el camino real, con una mesa y dos sillas. Es de noche.

ESCENA PRIMERA

DON PEDRO, CALAMOCHA.

DON PEDRO. ¿Has visto al mesonero?

CALAMOCHA. Está en la cuadra, señor, dando pienso a las mulas.

DON PEDRO. Pues dile que mañana salimos muy temprano para Madrid.

CALAMOCHA. Así lo haré, aunque las mulas están cansadas.

ESCENA II

La escena cambia y representa el jardín de una casa de campo.

DOÑA INÉS, RITA.

DOÑA INÉS. ¡Qué hermosa mañana, Rita!

RITA. Sí, señorita. Y don Pedro llegará hoy de la posada.

DOÑA INÉS. Calla, que viene mi madre.

RITA. No la veo, señorita.

ESCENA III

Sala del palacio del duque.

EL DUQUE, DON PEDRO.

EL DUQUE. Sed bienvenido a esta casa.

DON PEDRO. Mil gracias, señor.

EL DUQUE. Mañana hablaremos de vuestro asunto.
"""

ESTACION = """\
Marta

Cuando Marta llegó a la estación, el tren ya había salido. Se sentó en un banco del andén, furiosa, y llamó a su hermano.

—Estoy en la estación —le dijo—. He perdido el tren de las ocho. —Quédate ahí —contestó él desde la cocina, con la boca llena—; voy a buscarte en el coche.

Media hora después, el coche de Julián se detuvo frente a la estación. Marta subió sin decir nada y se pusieron en marcha hacia el pueblo por la carretera de la costa.

—¿Vamos a casa de mamá? —preguntó ella, mirando el mar por la ventanilla. —No, primero vamos al puerto —dijo Julián—. Quiero ver si ha llegado el barco del abuelo.

El puerto estaba lleno de gaviotas y de redes tendidas al sol. Los pescadores descargaban las cajas de sardinas en el muelle.
"""

BUHONERO = """\
El buhonero

Por aquellos caminos de la Mancha, entre viñedos y molinos de viento, andaba un buhonero con su borrico cargado de cintas y peines.

Detúvose á la puerta de un molino, donde la molinera tendía la ropa. Ofrecióle sus cintas, y ella, riendo, le convidó á entrar.

Dentro olía á harina y á pan recién cocido. Sentáronse los dos junto á la mesa, y el molinero, que volvía del campo, les contó las novedades del lugar.

Á la caída de la tarde, el buhonero llegó á la aldehuela de Villalba, donde se celebraba la fiesta del santo. En la plazuela bailaban los mozos al son de la gaita.
"""

NAVE = """\
LA NAVE DEL REY

JORNADA SEGUNDA

_Salen de una torre ALBERTO y dos SOLDADOS, con linternas. Es de noche, en el campo._

ALBERTO

   Callad, que ya se oye el paso
   de la ronda por el llano.

SOLDADO PRIMERO

   Señor, el viento es villano
   y apaga la luz del vaso.

ALBERTO

   Vamos al puerto, que espera
   la nave del rey.

_Vanse._

_Playa, con una nave a lo lejos. Sale LEONOR sola._

LEONOR

   ¡Oh mar, que a mi amor te llevas
   y no me lo vuelves nunca!

_Sale ALBERTO._

ALBERTO

   Señora, ¿qué hacéis aquí?

_Vanse._

_Salón del trono en el alcázar. Sale el REY._

REY

   ¿Quién llama a tan altas horas?
"""

HERRERO = """\
El herrero de Robledo

Vivía en la aldea de Robledo un herrero llamado Tomás, hombre forzudo y de buen corazón. Pasaba los días en su fragua, golpeando el hierro sobre el yunque, mientras su mujer hilaba á la puerta.

Una mañana de enero llegó á galope un jinete, cubierto de nieve, y pidióle que herrase su caballo. Díjole que venía del castillo del conde y que había de estar allí antes del anochecer.

Herrado el caballo, partió el jinete por el camino de la sierra, y Tomás, que tenía que llevar unas rejas al molino, echó á andar detrás de él por el mismo camino.

Al llegar al molino encontró al molinero muy afligido: el río, crecido por las lluvias, se había llevado la rueda. Ayudóle Tomás á sacarla del agua con unas cuerdas.

Ya de noche volvió el herrero á su casa, donde le esperaba la mujer con la cena caliente junto al fogón.
"""

ASNO = """\
El asno y el arroyo

Por un camino de tierra
iba un asno con su carga,
y la jornada era larga
desde el llano hasta la sierra.

Llegó a un arroyo sediento
y, sin mirar la corriente,
entró en el agua imprudente
por beber a su contento.

Crecía el agua de prisa,
y el asno, lleno de espanto,
rebuznaba con gran llanto
mientras su amo se moría de risa.

Salió al fin a la otra orilla,
mojado hasta las orejas,
y en el prado, entre las ovejas,
se echó sobre la hierbecilla.

Quien sin mirar se adelanta
por el río de la vida,
halla la pena crecida
y el escarmiento le espanta.
"""

ALCALDE = """\
EL ALCALDE DE ALDEAVIEJA

JORNADA PRIMERA

_Plaza de una aldea, con la casa del alcalde a un lado. Es de día._

_Salen el ALCALDE y el ESCRIBANO._

ALCALDE

   Escribano, ¿qué hay de nuevo
   en este lugar tan pobre?

ESCRIBANO

   Que el molinero no cobre
   lo que le debe el mancebo.

ALCALDE

   Pues id luego al molino
   y traédmelo a la plaza.

_Vanse._

_Interior de un molino. Se oye el ruido de la rueda._

_Sale el MOLINERO, enharinado._

MOLINERO

   ¡Ay, harina de mis penas,
   quién te volviera en dinero!

_Sale el ESCRIBANO._

ESCRIBANO

   Molinero, el alcalde
   os llama a su presencia.

_Vanse._

_Camino entre olivares. Salen el MOLINERO y el ESCRIBANO._

MOLINERO

   Andad despacio, señor,
   que me duelen las rodillas.
"""

PARQUE = """\
Un sábado

El sábado, Carmen y su hijo Dani fueron al parque que hay junto al río. Dani corría entre los columpios mientras ella leía en un banco.

—Mamá, ¿podemos ir luego a la playa? —preguntó el niño, acercándose con la cara roja—. Mi amigo Pablo dice que hoy hay olas enormes.

—Hoy no, cariño —contestó Carmen, cerrando el libro—. Tenemos que pasar por el supermercado antes de que cierren.

En el supermercado había una cola larguísima. Dani se entretuvo mirando las langostas del acuario mientras su madre llenaba el carro de fruta.

Ya en casa, después de cenar, Dani se quedó dormido en el sofá del salón con el balón entre los brazos.
"""

NEVADA = """\
La nevada

Era una noche de diciembre. En la cocina de la casa de labor, junto al fuego, la abuela contaba cuentos á los nietos, que la escuchaban con la boca abierta. Fuera silbaba el viento y la nieve cubría los tejados del pueblo. De pronto llamaron á la puerta con fuerza. Abrió el abuelo, y entró un pastor medio helado, con un corderillo en brazos. Sentóse el pobre junto al hogar y contó que se había perdido en la sierra con todo el rebaño.

Al amanecer salieron los hombres de la aldea á buscar las ovejas. Subieron por la ladera del monte, hundiéndose en la nieve hasta las rodillas, y á media mañana llegaron á la cumbre, donde el viento había barrido la nieve.

Allí, en una cueva, estaban las ovejas apretadas unas contra otras. Los pastores las contaron una por una: no faltaba ninguna.

Aquella noche hubo fiesta en la plaza del pueblo, y el pastor mató el mejor cordero para convidar á todos.
"""

ROMANCE = """\
Romance del caballero herido

En el castillo de Olmedo
la princesa suspiraba,
asomada a la ventana
que da al río y a la vega.

Un paje subió a la torre
a decirle que llegaba
por el puente un caballero
con la armadura quebrada.

Bajó corriendo la niña
hasta el patio del castillo,
y allí, junto al pozo antiguo,
cayó el caballero herido.

Lleváronle entre cuatro
a la capilla del castillo,
y el capellán, de rodillas,
rezaba por el herido.

Al alba, en el campo de batalla,
los cuervos graznan callados;
no quedan más que armaduras
y caballos desangrados.
"""


@pytest.mark.parametrize(
    ("text", "opening", "setting"),
    [
        (MOLINO, "Hallábase el tío Lucas una", "mill"),
        (MOLINO, "Á eso de las doce", "mill"),
        (MOLINO, "Por la tarde, acabada la", "road"),
        (MOLINO, "Entró, al fin, en la", "village"),
        (MINA, "En una casita humilde del", "cabin"),  # a humble family's little house (tale_homes.py)
        (MINA, "Bajaron padre é hijo por", "mine"),
        (MINA, "Allí abajo, á la luz", "mine"),
        (MINA, "Á los tres días sacaron", "village"),
        (CABRILLA, "En lo alto de un", "mountains"),
        (CABRILLA, "Allí la vio desde una", "mountains"),
        (CABRILLA, "Bajó luego la cabrilla por", "river"),
        (CABRILLA, "Llegó el lobo muy cortés", "river"),
        (CABRILLA, "Mas la cabra, que era", "farm"),
        (CABRILLA, "Quien de su casa se", "farm"),
        (TORRE, "Un monte fragoso", "mountains"),
        (TORRE, "Sale ENRIQUE de la torre", "mountains"),
        (TORRE, "Salón en el palacio", "great_hall"),  # a palace's hall (grand_rooms.py)
        (TORRE, "Una calle de la corte", "city"),
        (MERCADO, "Aquella mañana Lucía salió temprano", "market"),
        (MERCADO, "¿Ha visto usted a", "market"),
        (MERCADO, "Se fue hace un", "market"),
        (MERCADO, "Lucía cruzó el puente y", "river"),
        (MERCADO, "Aquí vengo siempre", "river"),
        (MERCADO, "Por la noche, ya en", "kitchen"),
        (PASTOR, "Pedro, el pastorcillo, guardaba sus", "mountains"),
        (PASTOR, "Quería bajar á la feria", "mountains"),
        (PASTOR, "Al día siguiente, muy de", "road"),
        (PASTOR, "Á media mañana entró en", "tavern"),  # an inn: its taproom, not a bar
        (PASTOR, "Cuando llegó á la feria,", "market"),
        (PASTOR, "Á la vuelta se sentó", "river"),
        (NOVELA, "Era Villaverde uno de", "office"),
        (NOVELA, "Abrió él mismo", "office"),
        (NOVELA, "Ensilló el médico", "road"),
        pytest.param(
            NOVELA,
            "Llegaron al cortijo",
            "bedroom",
            marks=pytest.mark.xfail(reason="a room gone up to after a farm reached"),
        ),
        (NOVELA, "Toda la noche pasó", "bedroom"),
        (NOVELA, "Al amanecer, ya fuera", "village"),
        (NOVELA, "Gracias á Dios", "village"),
        (SELVA, "Selva espesa", "forest"),
        (SELVA, "Cocina de una alquería", "kitchen"),
        (SELVA, "Sala en el palacio del conde", "great_hall"),
        (ERMITANO, "Acercóse el caminante á la", "cave"),
        (ERMITANO, "Díjole el ermitaño que aquella", "cave"),
        (ERMITANO, "Al amanecer despidióse del buen", "road"),
        (ERMITANO, "Sentóse á la orilla del", "river"),
        (ERMITANO, "En la majada había un", "farm"),
        (GALLO, "En el corral de una", "farm"),
        (GALLO, "Una tarde, muy ufano, salió", "road"),
        (GALLO, "Tras una piedra escondida la", "road"),
        (GALLO, "Mas el gallo, que no", "mill"),
        (GALLO, "El que al lisonjero escucha", "mill"),
        (POSADA, "La escena representa una posada", "tavern"),
        (POSADA, "DON PEDRO, CALAMOCHA", "tavern"),
        (POSADA, "La escena cambia y representa", "garden"),  # the garden of a country house
        (POSADA, "Sala del palacio del duque", "great_hall"),
        (ESTACION, "Cuando Marta llegó a la", "train"),
        (ESTACION, "Estoy en la estación", "train"),
        (ESTACION, "Media hora después, el coche", "road"),
        (ESTACION, "¿Vamos a casa de mamá?", "road"),
        (ESTACION, "El puerto estaba lleno de", "sea"),
        (BUHONERO, "Por aquellos caminos de la", "road"),
        (BUHONERO, "Detúvose á la puerta de", "mill"),
        (BUHONERO, "Dentro olía á harina y", "mill"),
        (BUHONERO, "Á la caída de la", "village"),
        (NAVE, "Salen de una torre", "farm"),
        (NAVE, "Playa, con una nave", "beach"),
        (NAVE, "Salón del trono", "throne_room"),
        (HERRERO, "Vivía en la aldea de Robledo", "workshop"),
        (HERRERO, "Una mañana de enero llegó", "workshop"),
        (HERRERO, "Herrado el caballo", "road"),
        (HERRERO, "Al llegar al molino", "mill"),
        (HERRERO, "Ya de noche volvió", "kitchen"),
        (ASNO, "Por un camino de tierra", "road"),
        (ASNO, "Llegó a un arroyo sediento", "river"),
        (ASNO, "Crecía el agua de prisa", "river"),
        (ASNO, "Salió al fin a la otra orilla", "meadow"),  # "en el prado, entre las ovejas"
        (ASNO, "Quien sin mirar se adelanta", "meadow"),
        (ALCALDE, "Plaza de una aldea", "village"),
        (ALCALDE, "Interior de un molino", "mill"),
        (ALCALDE, "Camino entre olivares", "road"),
        (PARQUE, "El sábado, Carmen", "park"),
        (PARQUE, "Mamá, ¿podemos ir luego", "park"),
        (PARQUE, "Hoy no, cariño", "park"),
        (PARQUE, "En el supermercado había", "market"),
        (PARQUE, "Ya en casa, después", "living_room"),
        (NEVADA, "Era una noche de diciembre", "kitchen"),
        (NEVADA, "Abrió el abuelo", "kitchen"),
        (NEVADA, "Al amanecer salieron", "mountains"),
        (NEVADA, "Allí, en una cueva", "cave"),
        (NEVADA, "Aquella noche hubo fiesta", "village"),
        (ROMANCE, "En el castillo de Olmedo", "palace"),
        (ROMANCE, "Un paje subió a la torre", "palace"),
        (ROMANCE, "Bajó corriendo la niña", "palace"),
        (ROMANCE, "Lleváronle entre cuatro", "church"),
        (ROMANCE, "Al alba, en el campo", "battlefield"),
    ],
)
def test_a_spanish_text_s_scenes_are_where_their_people_are(text: str, opening: str, setting: str) -> None:
    assert _scene_setting(text, opening) == setting


# -- old spelling ------------------------------------------------------------------------------------------
def test_enclitic_pronouns_are_read_before_their_verb() -> None:
    assert modern_spelling("Díjole el chico que sí. Acercóse al río y metióse en él.", "es") == (
        "Le dijo el chico que sí. Se acercó al río y se metió en él."
    )
    assert modern_spelling("Hallábase en su despacho. Sentáronse á la mesa. Díjoselo todo.", "es") == (
        "Se hallaba en su despacho. Se sentaron a la mesa. Se lo dijo todo."
    )
    # accented words that end like a pronoun and are no verb keep their form
    assert (
        modern_spelling("Los cántaros, los pájaros y la película.", "es") == "Los cántaros, los pájaros y la película."
    )


def test_old_accents_on_a_monosyllable_are_dropped() -> None:
    assert modern_spelling("Fué al río, vió el molino y le dió pan; el pié.", "es") == (
        "Fue al río, vio el molino y le dio pan; el pie."
    )
    # the accents that still tell words apart stay
    assert modern_spelling("Él sí lo sé; un día en el río.", "es") == "Él sí lo sé; un día en el río."


def test_an_enclitic_verb_of_going_in_names_the_place_entered() -> None:
    assert _setting("Vio una cueva entre las peñas y metióse en ella para dormir.", previous="forest") == "cave"


# -- diminutives and plurals -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "setting"),
    [
        ("El niño se sentó á la orilla del arroyuelo.", "river"),
        ("Los viejos jugaban á las cartas en la plazuela de la aldehuela.", "village"),
        ("La molinera cantaba en su molinillo.", "mill"),
        ("Subieron por el caminito hasta la ermita.", "road"),
        ("Por aquellos caminos andaba un buhonero con su borrico.", "road"),
    ],
)
def test_a_diminutive_or_a_plural_names_its_place(body: str, setting: str) -> None:
    assert _setting(body) == setting


# -- where people are, against where they go, look, are told of or speak of ---------------------------------
@pytest.mark.parametrize(
    ("body", "previous", "setting"),
    [
        # a part of the place names where they are
        ("El pastor guardaba sus ovejas en lo alto del monte.", None, "mountains"),
        ("Se sentó á la orilla del río, junto á los álamos.", "road", "river"),
        ("La molinera tendía la ropa á la puerta del molino.", "road", "mill"),
        # bound for a place, then reaching it
        ("Bajaron por la cuesta, camino de la mina, y al llegar hallaron á los mineros.", "village", "mine"),
        ("Iba Pedro por el camino del mercado con un cordero.", "mountains", "road"),
        ("Llegaron al cortijo cuando se ponía el sol.", "road", "farm"),
        # coming back from a place, only seeing it, being told of it: the story stays
        ("El molinero, que volvía del campo, se sentó á la mesa.", "mill", "mill"),
        ("Á lo lejos se divisaban los olivos del cortijo.", "road", "road"),
        ("Ella iba mirando el mar por la ventanilla.", "road", "road"),
        ("Díjole el chico que su padre se moría en el cortijo.", "office", "office"),
        ("Un jinete llegó cubierto de nieve.", "workshop", "workshop"),
        # a place that only says where another lies, or what room of it
        ("La escena representa una posada en el camino real.", None, "tavern"),
        ("Salón del trono en el alcázar.", None, "throne_room"),
        ("Lleváronle á la capilla del castillo.", "palace", "church"),
        ("Salió al sendero que, bordeando el arroyuelo, lleva al molino.", "farm", "road"),
        # a fable's moral speaks of anyone
        ("Quien de su casa se aleja por la hierba del camino, mire bien.", "farm", "farm"),
    ],
)
def test_where_people_are_against_where_they_go_look_or_are_told(body: str, previous: str | None, setting: str) -> None:
    assert _setting(body, previous) == setting


def test_a_place_spoken_of_between_dialogue_dashes_does_not_move_the_story() -> None:
    text = (
        "La abuela\n\n"
        "Lucía fue caminando hasta el mercado del barrio y buscó a su abuela entre los puestos.\n\n"
        "—¿Ha visto usted a mi abuela? —preguntó a la frutera—. Me dijo que vendría al puerto.\n\n"
        "—Se fue hace un rato hacia el río —respondió la mujer—. Quería ver los barcos.\n"
    )
    assert _scene_setting(text, "Ha visto usted a mi abuela") == "market"
    assert _scene_setting(text, "Se fue hace un rato") == "market"


# -- a play as printed -------------------------------------------------------------------------------------
def test_a_play_s_scene_headings_and_directions_are_not_speeches() -> None:
    board = parse_script(TORRE, filename="torre.es.txt", language="es")
    speakers = {line.character_id for scene in board.scenes for line in scene.lines}
    assert not any(s.startswith("escena") for s in speakers)
    assert [scene.heading for scene in board.scenes][-3:] == ["ESCENA II", "ESCENA III", "ESCENA IV"]
    assert any("Sale ENRIQUE de la torre" in a for scene in board.scenes for a in scene.action)
    assert not any("Salón en el palacio" in line.text for scene in board.scenes for line in scene.lines)


def test_a_bare_stage_starts_a_new_scene() -> None:
    board = parse_script(SELVA, filename="selva.es.txt", language="es")
    assert [scene.setting for scene in board.scenes] == ["forest", "kitchen", "great_hall"]
    # the first direction, in italics, is no title page
    assert board.scenes[0].action[0] == "Selva espesa a la falda de un monte. Es de noche."


def test_a_verse_that_opens_with_a_verb_of_coming_is_still_spoken() -> None:
    play = (
        "EL ALBA\n\nJORNADA PRIMERA\n\n_Un jardín. Amanece._\n\n"
        "LAURA\n   Sale el sol por el oriente\n   y yo sin dormir aún.\n\n"
        "FABIO\n   Calla, que viene la gente.\n\n"
        "Salen de una torre ALBERTO y dos SOLDADOS.\n\n"
        "LAURA\n   ¿Quién va?\n\n"
        "FABIO\n   Nadie, señora.\n"
    )
    board = parse_script(play, filename="alba.es.txt", language="es")
    lines = {line.text: line.character_id for scene in board.scenes for line in scene.lines}
    assert lines["Sale el sol por el oriente y yo sin dormir aún."] == "laura"
    assert "Salen de una torre ALBERTO y dos SOLDADOS." in [a for scene in board.scenes for a in scene.action]
